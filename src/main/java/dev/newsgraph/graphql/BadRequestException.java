package dev.newsgraph.graphql;

/**
 * A request the client can fix: an argument out of range, a malformed cursor, a limit
 * exceeded. Its message is shown to the client as is, classified {@code BAD_REQUEST}.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
