/**
 * Facts about the loaded dataset that the API reads: its version (for HTTP caching) and
 * the row counts the load recorded.
 */
package dev.newsgraph.dataset;
