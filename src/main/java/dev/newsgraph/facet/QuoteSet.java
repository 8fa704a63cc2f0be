package dev.newsgraph.facet;

import java.util.BitSet;
import java.util.List;

/**
 * The quotes a {@code QuoteFilter} matches, as conditions on the rows of a
 * {@link FacetIndex}, and the counts over them. A facet leaves out the condition on what
 * it counts when the set is disjunctive.
 *
 * @param speaker the speaker's id, 0 for none asked, -1 for one that does not exist
 * @param spokenFor the id of the organization spoken for, with the same rule
 * @param about the id of an organization the quote names, with the same rule
 * @param article the article's row, -1 for none asked, -2 for one that does not exist
 * @param search the rows the full-text search matches, or null without one
 */
record QuoteSet(FacetIndex index, int speaker, int spokenFor, int about, int article, BitSet search,
		boolean disjunctive) {

	/** A condition of the filter, which a facet may leave out. */
	enum Condition {

		NONE, SPEAKER, SPOKEN_FOR, ABOUT

	}

	boolean matches(int row, Condition left) {
		if (!this.disjunctive) {
			left = Condition.NONE;
		}
		FacetIndex index = this.index;
		if (this.article != -1 && index.quoteArticles()[row] != this.article) {
			return false;
		}
		if (left != Condition.SPEAKER && this.speaker != 0 && index.speakers()[row] != this.speaker) {
			return false;
		}
		if (left != Condition.SPOKEN_FOR && this.spokenFor != 0 && index.spokenFor()[row] != this.spokenFor) {
			return false;
		}
		if (this.search != null && !this.search.get(row)) {
			return false;
		}
		return left == Condition.ABOUT || this.about == 0 || index.about().contains(row, this.about);
	}

	int count() {
		int count = 0;
		for (int row = 0; row < this.index.quotes(); row++) {
			if (matches(row, Condition.NONE)) {
				count++;
			}
		}
		return count;
	}

	List<FacetCount> speakers(int first) {
		return TopCounts.of(counts(this.index.speakers(), this.index.personOrder().length, Condition.SPEAKER),
				this.index.personOrder(), first);
	}

	List<FacetCount> organizations(int first) {
		return TopCounts.of(counts(this.index.spokenFor(), this.index.organizationOrder().length, Condition.SPOKEN_FOR),
				this.index.organizationOrder(), first);
	}

	List<FacetCount> about(int first) {
		int[] counts = new int[this.index.organizationOrder().length];
		for (int row = 0; row < this.index.quotes(); row++) {
			if (matches(row, Condition.ABOUT)) {
				this.index.about().count(row, counts);
			}
		}
		return TopCounts.of(counts, this.index.organizationOrder(), first);
	}

	/**
	 * The years of the quotes' articles, newest first; quotes of undated articles left
	 * out.
	 */
	List<YearCount> years() {
		return Years.count(this.index, (action) -> {
			for (int row = 0; row < this.index.quotes(); row++) {
				if (matches(row, Condition.NONE)) {
					action.accept(row);
				}
			}
		}, (row) -> this.index.days()[this.index.quoteArticles()[row]]);
	}

	private int[] counts(int[] values, int size, Condition left) {
		int[] counts = new int[size];
		for (int row = 0; row < this.index.quotes(); row++) {
			if (matches(row, left)) {
				counts[values[row]]++;
			}
		}
		// 0: no speaker, or spoken for no organization
		counts[0] = 0;
		return counts;
	}

}
