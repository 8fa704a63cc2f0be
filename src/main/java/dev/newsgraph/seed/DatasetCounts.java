package dev.newsgraph.seed;

/**
 * Rows per type in a dataset.
 */
public record DatasetCounts(int sources, int articles, int organizations, int people, int quotes, int mentions) {

}
