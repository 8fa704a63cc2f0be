package dev.newsgraph.system;

/**
 * The SQL condition under which a name matches what a user typed, accents and case
 * ignored: a prefix, pg_trgm similarity above 0.5 or word similarity above 0.6 (typos in
 * long names), or, for a query of 4 to 10 letters, at most one edit (up to 4 letters) or
 * two edits (more) with the same first letter (typos in short names such as "hauwei").
 * Every branch can be answered from an index on the name.
 */
public final class NameMatch {

	private static final String QUERY = "immutable_unaccent(lower(:name))";

	private NameMatch() {
	}

	/**
	 * @param column the name column, fixed SQL text
	 * @return the condition, with the typed name as the parameter {@code :name}
	 */
	public static String condition(String column) {
		String name = "immutable_unaccent(lower(" + column + "))";
		return """
				(%1$s like %2$s || '%%'
				 or (%1$s %% %2$s and similarity(%1$s, %2$s) > 0.5)
				 or %1$s %%> %2$s
				 or (char_length(%2$s) between 4 and 10
				     and left(%1$s, 1) = left(%2$s, 1)
				     and char_length(%1$s) between char_length(%2$s) - 2 and char_length(%2$s) + 2
				     and levenshtein_less_equal(%1$s, %2$s, %3$s) <= %3$s))""".formatted(name, QUERY,
				"case when char_length(" + QUERY + ") <= 4 then 1 else 2 end");
	}

}
