package dev.newsgraph.timeline;

/**
 * How an organization or a person fared in a window against a baseline window.
 *
 * @param parent the organization's or person's row id
 * @param articles dated articles in the window that mention the organization (or name the
 * person)
 * @param baselineArticles the same in the baseline window
 * @param ratio the share of the window's dated articles over the share of the baseline's,
 * counting at least one baseline article
 */
record Trend(long parent, int articles, int baselineArticles, double ratio) {
}
