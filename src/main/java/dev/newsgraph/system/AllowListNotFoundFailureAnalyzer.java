package dev.newsgraph.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A missing allow-list folder stops the start-up with what to change, not a stack trace.
 */
class AllowListNotFoundFailureAnalyzer extends AbstractFailureAnalyzer<AllowListNotFoundException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AllowListNotFoundException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Point NEWSGRAPH_PERSISTED_QUERIES_ALLOW_LIST_LOCATION (newsgraph.graphql.persisted-queries."
						+ "allow-list-location) at a folder of *.graphql documents, such as file:queries/, "
						+ "or set NEWSGRAPH_PERSISTED_QUERIES_ALLOW_LIST_ONLY=false.",
				cause);
	}

}
