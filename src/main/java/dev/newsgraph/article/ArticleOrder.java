package dev.newsgraph.article;

import dev.newsgraph.paging.OrderDirection;

/**
 * {@code ArticleOrder}.
 */
record ArticleOrder(Field field, OrderDirection direction) {

	static final ArticleOrder DEFAULT = new ArticleOrder(Field.PUBLISHED_AT, OrderDirection.DESC);

	enum Field {

		PUBLISHED_AT, TITLE

	}

}
