package dev.newsgraph.facet;

import java.util.Arrays;

/**
 * The columns facets, filtered timelines and trends count over: a snapshot of one version
 * of the loaded dataset, held in memory so that counting a million articles is a pass
 * over arrays rather than a PostgreSQL aggregate over joined rows (about 200 ms per facet
 * at 100,000 articles, even from a denormalized table). About 160 MB at a million
 * articles and four million quotes.
 *
 * <p>
 * Articles and quotes are rows in id order. Organization, person and source ids are the
 * database's, as ints.
 *
 * @param version the {@code dataset_loads} row the snapshot was read under
 * @param articleIds each article row's id, ascending
 * @param days each article's publication date as an epoch day, {@link #UNDATED} without
 * @param precisions each article's date precision: {@link #DAY}, {@link #MONTH} or
 * {@link #YEAR}
 * @param sources each article's source id, 0 without
 * @param organizations the organizations each article mentions
 * @param people the people each article quotes or names
 * @param organizationArticles by organization id, the article rows that mention it
 * @param personArticles by person id, the article rows that quote or name them
 * @param quoteCounts the quotes in each article
 * @param quoteIds each quote row's id, ascending
 * @param quoteArticles each quote's article row
 * @param speakers each quote's speaker id, 0 without
 * @param spokenFor the id of the organization each quote was spoken for, 0 without
 * @param about the organizations each quote names
 * @param organizationOrder by organization id, its place in name order
 * @param personOrder by person id, its place in name order
 * @param sourceOrder by source id, its place in name order
 * @param firstYear the year of the earliest dated article
 * @param lastYear the year of the latest
 */
record FacetIndex(long version, int[] articleIds, int[] days, byte[] precisions, int[] sources, Links organizations,
		Links people, Links organizationArticles, Links personArticles, int[] quoteCounts, int[] quoteIds,
		int[] quoteArticles, int[] speakers, int[] spokenFor, Links about, int[] organizationOrder, int[] personOrder,
		int[] sourceOrder, int firstYear, int lastYear) {

	static final int UNDATED = Integer.MIN_VALUE;

	static final byte DAY = 0;

	static final byte MONTH = 1;

	static final byte YEAR = 2;

	int articles() {
		return this.articleIds.length;
	}

	int quotes() {
		return this.quoteIds.length;
	}

	/** The row of the article with this id, or -1. */
	int articleRow(long id) {
		return row(this.articleIds, id);
	}

	/** The row of {@code id} in ascending {@code ids}, or -1. */
	static int row(int[] ids, long id) {
		if (id > Integer.MAX_VALUE) {
			return -1;
		}
		int row = Arrays.binarySearch(ids, (int) id);
		return (row >= 0) ? row : -1;
	}

	/** Whether an article's date is known less precisely than {@code finest}. */
	boolean coarserThan(int row, byte finest) {
		return this.precisions[row] > finest;
	}

}
