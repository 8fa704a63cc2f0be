package dev.newsgraph.facet;

/**
 * Links from rows to ids, in compressed-row form: row {@code r} links to
 * {@code ids[starts[r]]} up to {@code ids[starts[r + 1]]}, each id once.
 */
record Links(int[] starts, int[] ids) {

	boolean contains(int row, int id) {
		for (int i = this.starts[row]; i < this.starts[row + 1]; i++) {
			if (this.ids[i] == id) {
				return true;
			}
		}
		return false;
	}

	/** Adds one to {@code counts[id]} for each id row {@code row} links to. */
	void count(int row, int[] counts) {
		for (int i = this.starts[row]; i < this.starts[row + 1]; i++) {
			counts[this.ids[i]]++;
		}
	}

	/** The rows that link to each id, ascending: the inverse of these links. */
	Links invert(int idCount) {
		int rows = this.starts.length - 1;
		int[] rowOf = new int[this.ids.length];
		for (int row = 0; row < rows; row++) {
			for (int i = this.starts[row]; i < this.starts[row + 1]; i++) {
				rowOf[i] = row;
			}
		}
		return group(idCount, this.ids, rowOf, this.ids.length);
	}

	/**
	 * Groups (row, id) pairs by row.
	 * @param rowOf each pair's row
	 * @param idOf each pair's id, in the same order
	 * @param count how many pairs
	 */
	static Links group(int rows, int[] rowOf, int[] idOf, int count) {
		int[] starts = new int[rows + 1];
		for (int i = 0; i < count; i++) {
			starts[rowOf[i] + 1]++;
		}
		for (int r = 0; r < rows; r++) {
			starts[r + 1] += starts[r];
		}
		int[] next = starts.clone();
		int[] ids = new int[count];
		for (int i = 0; i < count; i++) {
			ids[next[rowOf[i]]++] = idOf[i];
		}
		return new Links(starts, ids);
	}

}
