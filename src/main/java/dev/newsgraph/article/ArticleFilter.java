package dev.newsgraph.article;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code ArticleFilter}: all given conditions must hold.
 */
public record ArticleFilter(String search, List<String> organizations, List<String> people, String source,
		LocalDate publishedAfter, LocalDate publishedBefore) {

	public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null);

}
