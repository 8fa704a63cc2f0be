package dev.newsgraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a locked data directory into a two-line start-up failure instead of a stack
 * trace.
 */
class EmbeddedPostgresInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresInUseException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other newsgraph process, or give this one its own directory with "
						+ "NEWSGRAPH_EMBEDDED_DB_DIR, or point it at a PostgreSQL server with SPRING_DATASOURCE_URL "
						+ "or DATABASE_URL.",
				cause);
	}

}
