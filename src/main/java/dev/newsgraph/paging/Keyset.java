package dev.newsgraph.paging;

import java.util.List;

/**
 * A keyset ordering: SQL expressions whose values, in order, identify a row's position
 * (the last one unique), each with the SQL type its cursor value is cast back to.
 *
 * @param name names the ordering in cursors, so a cursor is only valid for its ordering
 * @param keys sort expressions
 * @param descending whether the ordering runs from high to low
 */
public record Keyset(String name, List<Key> keys, boolean descending) {

	public static Keyset of(String name, boolean descending, Key... keys) {
		return new Keyset(name, List.of(keys), descending);
	}

	public Keyset direction(boolean descending) {
		return new Keyset(this.name, this.keys, descending);
	}

	/**
	 * @param expression SQL over the query's tables, fixed text, never user input, and
	 * never null: a position needs a value, and a page's empty row is told by its null
	 * key
	 * @param sqlType the type to cast a cursor value to
	 */
	public record Key(String expression, String sqlType) {
	}

}
