/**
 * Facets: counts over every article or quote a connection holds, from an in-memory column
 * snapshot of the loaded dataset.
 */
package dev.newsgraph.facet;
