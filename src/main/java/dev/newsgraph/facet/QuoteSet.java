package dev.newsgraph.facet;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The quotes a {@code QuoteFilter} matches, as conditions on the rows of a
 * {@link FacetIndex}, and the counts over them. A facet leaves out the condition on what
 * it counts when the set is disjunctive; the rows each set of conditions leaves are found
 * once and shared by the facets that apply it.
 */
final class QuoteSet {

	/** The conditions of a filter, as bits of a mask. */
	private static final int SPEAKER = 1;

	private static final int SPOKEN_FOR = 2;

	private static final int ABOUT = 4;

	private static final int ARTICLE = 8;

	private static final int SEARCH = 16;

	private final FacetIndex index;

	private final int speaker;

	private final int spokenFor;

	private final int about;

	private final int article;

	private final BitSet search;

	private final RowsByConditions rows;

	/**
	 * @param speaker the speaker's id, 0 for none asked, -1 for one that does not exist
	 * @param spokenFor the id of the organization spoken for, with the same rule
	 * @param about the id of an organization the quote names, with the same rule
	 * @param article the article's row, -1 for none asked, -2 for one that does not exist
	 * @param search the rows the full-text search matches, or null without one
	 * @param disjunctive whether a facet leaves out its own condition
	 */
	QuoteSet(FacetIndex index, int speaker, int spokenFor, int about, int article, BitSet search, boolean disjunctive) {
		this.index = index;
		this.speaker = speaker;
		this.spokenFor = spokenFor;
		this.about = about;
		this.article = article;
		this.search = search;
		int given = ((speaker != 0) ? SPEAKER : 0) | ((spokenFor != 0) ? SPOKEN_FOR : 0) | ((about != 0) ? ABOUT : 0)
				| ((article != -1) ? ARTICLE : 0) | ((search != null) ? SEARCH : 0);
		this.rows = new RowsByConditions(given, disjunctive, this::find);
	}

	private boolean matches(int row, int applied) {
		FacetIndex index = this.index;
		if ((applied & ARTICLE) != 0 && index.quoteArticles()[row] != this.article) {
			return false;
		}
		if ((applied & SPEAKER) != 0 && index.speakers()[row] != this.speaker) {
			return false;
		}
		if ((applied & SPOKEN_FOR) != 0 && index.spokenFor()[row] != this.spokenFor) {
			return false;
		}
		if ((applied & SEARCH) != 0 && !this.search.get(row)) {
			return false;
		}
		return (applied & ABOUT) == 0 || index.about().contains(row, this.about);
	}

	/** Calls {@code action} with each row that meets every condition but {@code left}. */
	private void forEach(int left, IntConsumer action) {
		int[] rows = this.rows.leaving(left);
		if (rows == null) {
			for (int row = 0; row < this.index.quotes(); row++) {
				action.accept(row);
			}
			return;
		}
		for (int row : rows) {
			action.accept(row);
		}
	}

	private int[] find(int applied) {
		int[] found = new int[16];
		int size = 0;
		for (int row = 0; row < this.index.quotes(); row++) {
			if (matches(row, applied)) {
				if (size == found.length) {
					found = Arrays.copyOf(found, size * 2);
				}
				found[size++] = row;
			}
		}
		return Arrays.copyOf(found, size);
	}

	int count() {
		int[] count = { 0 };
		forEach(0, (row) -> count[0]++);
		return count[0];
	}

	List<FacetCount> speakers(int first) {
		return TopCounts.of(counts(this.index.speakers(), this.index.personOrder().length, SPEAKER),
				this.index.personOrder(), first);
	}

	List<FacetCount> organizations(int first) {
		return TopCounts.of(counts(this.index.spokenFor(), this.index.organizationOrder().length, SPOKEN_FOR),
				this.index.organizationOrder(), first);
	}

	List<FacetCount> about(int first) {
		int[] counts = new int[this.index.organizationOrder().length];
		forEach(ABOUT, (row) -> this.index.about().count(row, counts));
		return TopCounts.of(counts, this.index.organizationOrder(), first);
	}

	/**
	 * The years of the quotes' articles, newest first; quotes of undated articles left
	 * out.
	 */
	List<YearCount> years() {
		return Years.count(this.index, (action) -> forEach(0, action),
				(row) -> this.index.days()[this.index.quoteArticles()[row]]);
	}

	private int[] counts(int[] values, int size, int left) {
		int[] counts = new int[size];
		forEach(left, (row) -> counts[values[row]]++);
		// 0: no speaker, or spoken for no organization
		counts[0] = 0;
		return counts;
	}

}
