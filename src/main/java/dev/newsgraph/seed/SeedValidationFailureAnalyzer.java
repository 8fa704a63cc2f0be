package dev.newsgraph.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a broken seed folder's problems at start-up as a list, not a stack trace.
 */
class SeedValidationFailureAnalyzer extends AbstractFailureAnalyzer<SeedValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SeedValidationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the seed files (check them with the seed --validate command), or start with "
						+ "NEWSGRAPH_SEED_LOAD_ON_STARTUP=false to serve the dataset already loaded.",
				cause);
	}

}
