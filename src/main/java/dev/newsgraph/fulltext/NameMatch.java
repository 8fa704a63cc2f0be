package dev.newsgraph.fulltext;

/**
 * Which names match what a user typed, accents and case ignored: every word typed must
 * match a word of the name (or of an organization's alias), in any order. A typed word
 * matches a name word that it starts (so "conserv" finds "Conservation"), or, from 3
 * letters on, one at most one edit away (3 or 4 letters) or two (longer) with the same
 * first letter ("hauwei", "yuu"; but not "crm" for "CRN": a three-letter word with one
 * letter changed is another acronym), or, from 4 letters on, one with pg_trgm similarity
 * above 0.5.
 * <p>
 * Each typed word is matched against the distinct words of all names ({@code name_words},
 * built by the loader), then the names holding every typed word are found through their
 * postings ({@code V4__name_words.sql}): the cost follows how many names hold the words,
 * not how many names there are.
 */
public final class NameMatch {

	/** Splits a name into words the way {@code seed.DerivedData} does. */
	public static final String WORDS = "regexp_split_to_table(immutable_unaccent(lower(%s)), '[[:space:][:punct:]]+')";

	private NameMatch() {
	}

	/**
	 * @param postings the table of name words, {@code organization_name_words} or
	 * {@code person_name_words}
	 * @param id its column of entity ids
	 * @return a query for the ids whose names match, with the typed name as the parameter
	 * {@code :name}
	 */
	public static String ids(String postings, String id) {
		return """
				with typed as (
				    select t.word, count(*) over () as words
				    from %3$s t(word)
				    where t.word <> '')
				select m.%2$s
				from typed t
				cross join lateral (
				    select distinct p.%2$s
				    from name_words w join %1$s p on p.word = w.word
				    where (w.word >= t.word and w.word <= t.word || chr(1114111))
				       or (char_length(t.word) >= 3
				           and left(w.word, 1) = left(t.word, 1)
				           and char_length(w.word) between char_length(t.word) - %4$s and char_length(t.word) + %4$s
				           and (char_length(t.word) > 3 or char_length(w.word) <> 3)
				           and levenshtein_less_equal(w.word, t.word, %4$s) <= %4$s)
				       or (char_length(t.word) >= 4 and w.word %% t.word and similarity(w.word, t.word) > 0.5)
				) m
				group by m.%2$s
				having count(*) = min(t.words)""".formatted(postings, id, WORDS.formatted(":name"),
				"(case when char_length(t.word) <= 4 then 1 else 2 end)");
	}

}
