package dev.newsgraph.synthetic;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated article with everything that points into it. Offsets count code points
 * from the start of the body, as in the {@code organization_mentions} and {@code quotes}
 * tables.
 *
 * @param length the body's length in code points
 * @param people the speakers, each once, in order of appearance
 */
record SyntheticArticle(int id, String slug, String fileName, String sha256, String title, String body, int length,
		Integer sourceId, String url, LocalDate publishedOn, String precision, String byline, int wordCount,
		List<Integer> people, List<Mention> mentions, List<Quote> quotes) {

	/**
	 * @param start first code point of the name or alias in the body
	 * @param end the code point after it
	 */
	record Mention(int organizationId, int start, int end) {
	}

	/**
	 * @param about the organizations the quote itself names
	 * @param context the paragraph around the quote
	 */
	record Quote(int start, int end, String text, int speakerId, int organizationId, String role, String context,
			List<Integer> about) {
	}

}
