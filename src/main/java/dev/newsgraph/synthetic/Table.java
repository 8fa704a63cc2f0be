package dev.newsgraph.synthetic;

/**
 * The dataset tables in the order they are filled (each after those it refers to), with
 * the columns written. Ids are written too: COPY stores a value given for an identity
 * column, so ids are the generator's and the same on every run.
 */
enum Table {

	SOURCES("sources", "id, slug, name, url"),
	ORGANIZATIONS("organizations", "id, slug, name, kind, country, wikidata_id, description, parent_id"),
	ORGANIZATION_ALIASES("organization_aliases", "organization_id, alias, position"),
	PEOPLE("people", "id, slug, name, wikidata_id"),
	AFFILIATIONS("affiliations", "id, person_id, organization_id, role"),
	ARTICLES("articles",
			"id, slug, file_name, text_sha256, title, body, source_id, url, published_on, published_precision, byline, word_count"),
	ARTICLE_PEOPLE("article_people", "article_id, person_id"),
	ORGANIZATION_MENTIONS("organization_mentions",
			"id, article_id, article_length, organization_id, start_offset, end_offset"),
	QUOTES("quotes",
			"id, article_id, article_length, start_offset, end_offset, text, speaker_id, organization_id, role, context"),
	QUOTE_ABOUT("quote_about", "quote_id, organization_id");

	private final String table;

	private final String columns;

	Table(String table, String columns) {
		this.table = table;
		this.columns = columns;
	}

	String table() {
		return this.table;
	}

	boolean hasId() {
		return this.columns.startsWith("id,");
	}

	/**
	 * FREEZE: the table was emptied in this same transaction, so no other transaction can
	 * have seen its rows, and PostgreSQL may write them frozen and all-visible at once.
	 */
	String copyFrom(String input) {
		return "copy " + this.table + " (" + this.columns + ") from " + input + " with (freeze)";
	}

	/**
	 * Empties every dataset table; cascading to what refers to them without being
	 * generated (the seed loader's file stamps).
	 */
	static String truncateAll() {
		return "truncate table " + all() + " restart identity cascade";
	}

	private static String all() {
		StringBuilder names = new StringBuilder();
		for (Table table : values()) {
			names.append((names.length() > 0) ? ", " : "").append(table.table);
		}
		return names.toString();
	}

}
