package dev.newsgraph.system;

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
	 * An automatic persisted query whose hash the server does not know: send the text
	 * too.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/** Allow-list mode is on and the document is not on the list. */
	PERSISTED_QUERY_NOT_ALLOWED

}
