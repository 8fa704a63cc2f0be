package dev.newsgraph.database;

import dev.newsgraph.lifecycle.StartupProblem;

/**
 * {@code DATABASE_URL} is not a {@code postgres://} URL that can be used. The message
 * never repeats the URL, which may carry a password.
 */
class InvalidDatabaseUrlException extends StartupProblem {

	InvalidDatabaseUrlException(String message) {
		super(message,
				"Set DATABASE_URL to postgres://user:password@host:5432/database (percent-encode special "
						+ "characters in the user and password), or set SPRING_DATASOURCE_URL to a JDBC URL instead.",
				null);
	}

}
