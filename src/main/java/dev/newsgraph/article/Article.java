package dev.newsgraph.article;

import java.time.LocalDate;

import dev.newsgraph.node.Node;

/**
 * A row of {@code articles}, without its body, which is loaded only when a query asks for
 * it.
 */
public record Article(long id, String slug, String title, Long sourceId, String url, LocalDate publishedAt,
		String publishedPrecision, String byline, int wordCount) implements Node {

}
