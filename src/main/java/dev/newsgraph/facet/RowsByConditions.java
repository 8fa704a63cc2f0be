package dev.newsgraph.facet;

import java.util.function.IntFunction;

/**
 * The rows of a set that meet its conditions, found once for each combination of them a
 * facet applies, so that the facets of one request share them. Conditions are the bits of
 * a mask, five at most.
 */
final class RowsByConditions {

	/** The conditions the filter sets. */
	private final int given;

	/** Whether a facet leaves out its own condition. */
	private final boolean disjunctive;

	/** The rows, ascending, that meet the conditions of a mask. */
	private final IntFunction<int[]> find;

	/** By mask of conditions applied, the rows that meet them, once asked for. */
	private final int[][] rows = new int[32][];

	RowsByConditions(int given, boolean disjunctive, IntFunction<int[]> find) {
		this.given = given;
		this.disjunctive = disjunctive;
		this.find = find;
	}

	/**
	 * The rows that meet every condition but {@code left} (when disjunctive), ascending;
	 * null for every row.
	 */
	int[] leaving(int left) {
		int applied = this.disjunctive ? this.given & ~left : this.given;
		if (applied == 0) {
			return null;
		}
		synchronized (this.rows) {
			if (this.rows[applied] == null) {
				this.rows[applied] = this.find.apply(applied);
			}
			return this.rows[applied];
		}
	}

}
