package dev.newsgraph.system;

/**
 * {@code DATABASE_URL} is not a {@code postgres://} URL that can be used.
 */
class InvalidDatabaseUrlException extends IllegalArgumentException {

	InvalidDatabaseUrlException(String message) {
		super(message);
	}

}
