package dev.newsgraph.article;

import java.time.LocalDate;

import dev.newsgraph.system.Node;

/**
 * A row of {@code articles}.
 */
public record Article(long id, String slug, String title, String body, Long sourceId, String url, LocalDate publishedAt,
		String publishedPrecision, String byline, int wordCount) implements Node {

}
