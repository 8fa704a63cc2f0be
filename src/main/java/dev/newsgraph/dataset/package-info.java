/**
 * Facts about the loaded dataset that the API reads: its version (for ETags and cursors)
 * and the row counts the load recorded.
 */
package dev.newsgraph.dataset;
