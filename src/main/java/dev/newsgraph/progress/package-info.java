/**
 * Progress of the long commands (loading, generating): a bar on a terminal, log lines
 * elsewhere.
 */
package dev.newsgraph.progress;
