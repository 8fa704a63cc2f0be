package dev.newsgraph.article;

import java.util.List;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;

import dev.newsgraph.paging.Connection;

/**
 * The articles an {@code ArticleConnection} holds across all its pages, handed to its
 * {@code facets} through the GraphQL local context.
 *
 * @param filter what the articles match
 * @param disjunctive whether each facet leaves out the filter's condition on what it
 * counts: true for {@code Query.articles}, false for a parent's articles
 */
public record ArticleScope(ArticleFilter filter, boolean disjunctive) {

	/** The local context entry that holds the scope. */
	public static final String NAME = "articleScope";

	/** The connection, with this scope for the fields below it. */
	public DataFetcherResult<Connection<Article>> on(Connection<Article> connection) {
		return DataFetcherResult.<Connection<Article>>newResult()
			.data(connection)
			.localContext(GraphQLContext.newContext().of(NAME, this).build())
			.build();
	}

	/** The articles of one organization or person: no condition is left out. */
	public static ArticleScope of(String organization, String person) {
		return new ArticleScope(new ArticleFilter(null, (organization != null) ? List.of(organization) : null,
				(person != null) ? List.of(person) : null, null, null, null), false);
	}

}
