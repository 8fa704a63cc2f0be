package dev.newsgraph.facet;

import java.util.Arrays;

/** Rows of ints read from a result set, kept as columns that grow as rows are added. */
final class Columns {

	private int[][] columns;

	private int size;

	Columns(int width, int capacity) {
		this.columns = new int[width][Math.max(capacity, 16)];
	}

	void add(int... row) {
		if (this.size == this.columns[0].length) {
			for (int c = 0; c < this.columns.length; c++) {
				this.columns[c] = Arrays.copyOf(this.columns[c], this.size + (this.size >> 1));
			}
		}
		for (int c = 0; c < row.length; c++) {
			this.columns[c][this.size] = row[c];
		}
		this.size++;
	}

	/** The column's values, as many as rows were added. */
	int[] column(int column) {
		return (this.columns[column].length == this.size) ? this.columns[column]
				: Arrays.copyOf(this.columns[column], this.size);
	}

	/** Puts the rows in the order of one column's values, which are distinct. */
	void sortByColumn(int column) {
		long[] keys = new long[this.size];
		for (int i = 0; i < this.size; i++) {
			keys[i] = ((long) this.columns[column][i] << 32) | i;
		}
		Arrays.sort(keys);
		for (int c = 0; c < this.columns.length; c++) {
			int[] sorted = new int[this.size];
			for (int i = 0; i < this.size; i++) {
				sorted[i] = this.columns[c][(int) keys[i]];
			}
			this.columns[c] = sorted;
		}
	}

}
