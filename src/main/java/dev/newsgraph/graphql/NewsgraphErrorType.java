package dev.newsgraph.graphql;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring's {@code ErrorType}.
 */
public enum NewsgraphErrorType implements ErrorClassification {

	/**
	 * A transient failure, such as the database being away: the same request may succeed
	 * later.
	 */
	UNAVAILABLE,

	/**
	 * The request's deadline passed before the field was resolved: the server's limit,
	 * not the client's mistake; fewer fields or aliases per request will fit.
	 */
	TIMEOUT,

	/**
	 * The client's cost budget is spent: retry after the time HTTP's Retry-After says.
	 */
	RATE_LIMITED,

	/**
	 * An automatic persisted query whose hash the server does not know: send the text
	 * too.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/** Allow-list mode is on and the document is not on the list. */
	PERSISTED_QUERY_NOT_ALLOWED,

	/**
	 * A cursor from another version of the dataset (a reload came between two pages):
	 * page again from the first page.
	 */
	STALE_CURSOR

}
