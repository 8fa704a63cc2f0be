package dev.newsgraph.timeline;

import java.time.LocalDate;

/**
 * {@code TimelineBucket}.
 *
 * @param start the bucket's first day
 * @param articles articles dated within it
 * @param impreciseArticles of those, the ones dated less precisely than the bucket
 * @param quotes quotes in those articles spoken for the organization, or by the person
 * @param quotesAbout quotes in those articles that name the organization; null for a
 * person
 */
record TimelineBucket(LocalDate start, int articles, int impreciseArticles, int quotes, Integer quotesAbout) {

}
