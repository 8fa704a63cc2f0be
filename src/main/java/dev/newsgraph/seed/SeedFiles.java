package dev.newsgraph.seed;

import java.util.List;

/**
 * The shape of the seed files, as curators write them in YAML.
 */
final class SeedFiles {

	private SeedFiles() {
	}

	/** {@code sources.yaml}. */
	record Sources(List<Located<Source>> sources) {
	}

	record Source(String slug, String name, String url) {
	}

	/** {@code organizations.yaml}. */
	record Organizations(List<Located<Organization>> organizations) {
	}

	record Organization(String slug, String name, List<String> aliases, String kind, String parent, String country,
			String wikidataId, String description) {
	}

	/** {@code people.yaml}. */
	record People(List<Located<Person>> people) {
	}

	record Person(String slug, String name, List<String> aliases, String wikidataId,
			List<Located<Affiliation>> affiliations) {
	}

	record Affiliation(String organization, String role) {
	}

	/**
	 * {@code articles/<name>.yaml}, the annotation beside {@code articles/<name>.txt}.
	 *
	 * @param title the article's title when the text's first line is not one (a whole
	 * paragraph, say); the text itself is never edited
	 */
	record Article(String slug, String sha256, String title, String source, String url, String published, String byline,
			List<String> organizations, List<String> people, List<Located<Quote>> quotes) {
	}

	/**
	 * A direct quotation.
	 *
	 * @param text verbatim, as it stands in the body
	 * @param occurrence which occurrence of the text is meant (1-based), when it occurs
	 * more than once
	 */
	record Quote(String text, Integer occurrence, String speaker, String organization, String role) {
	}

}
