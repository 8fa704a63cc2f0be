package dev.newsgraph.article;

/**
 * {@code ArticleOrder}.
 */
record ArticleOrder(Field field, Direction direction) {

	static final ArticleOrder DEFAULT = new ArticleOrder(Field.PUBLISHED_AT, Direction.DESC);

	enum Field {

		PUBLISHED_AT, TITLE

	}

	enum Direction {

		ASC, DESC

	}

}
