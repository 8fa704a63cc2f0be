package dev.newsgraph.graphql;

/**
 * A cursor from another version of the dataset than the one the page was read from: its
 * position means nothing there. Classified {@code STALE_CURSOR}, so a client can start
 * again from the first page.
 */
public class StaleCursorException extends RuntimeException {

	public StaleCursorException(String message) {
		super(message);
	}

}
