/**
 * Keyset pagination shared by every feature: orderings as keysets, signed cursors,
 * connections, and the DataLoaders that page many parents in one statement.
 */
package dev.newsgraph.paging;
