package dev.newsgraph.quote;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;

import dev.newsgraph.paging.Connection;

/**
 * The quotes a {@code QuoteConnection} holds across all its pages, handed to its
 * {@code facets} through the GraphQL local context.
 *
 * @param filter what the quotes match
 * @param disjunctive whether each facet leaves out the filter's condition on what it
 * counts: true for {@code Query.quotes}, false for a parent's quotes
 */
public record QuoteScope(QuoteFilter filter, boolean disjunctive) {

	/** The local context entry that holds the scope. */
	public static final String NAME = "quoteScope";

	/** The connection, with this scope for the fields below it. */
	DataFetcherResult<Connection<Quote>> on(Connection<Quote> connection) {
		return DataFetcherResult.<Connection<Quote>>newResult()
			.data(connection)
			.localContext(GraphQLContext.newContext().of(NAME, this).build())
			.build();
	}

}
