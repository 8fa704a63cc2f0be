package dev.newsgraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A malformed {@code DATABASE_URL} stops the start-up with the expected form, not a stack
 * trace.
 */
class InvalidDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDatabaseUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDatabaseUrlException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Set DATABASE_URL to postgres://user:password@host:5432/database (percent-encode special "
						+ "characters in the user and password), or set SPRING_DATASOURCE_URL to a JDBC URL instead.",
				cause);
	}

}
