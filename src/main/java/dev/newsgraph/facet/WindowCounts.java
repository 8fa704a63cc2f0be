package dev.newsgraph.facet;

/**
 * What the dated articles of a window hold: an article counts by its publication date, a
 * year- or month-only date by the first day of its period.
 *
 * @param articles the dated articles in the window
 * @param organizations by organization id, the articles that mention it
 * @param people by person id, the articles that quote or name them
 */
public record WindowCounts(int articles, int[] organizations, int[] people) {
}
