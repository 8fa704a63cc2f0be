package dev.newsgraph.http;

import dev.newsgraph.lifecycle.StartupProblem;

/**
 * Allow-list mode names a folder of documents that does not exist.
 */
class AllowListNotFoundException extends StartupProblem {

	AllowListNotFoundException(String location) {
		super("The persisted query allow-list folder " + location + " does not exist",
				"Point NEWSGRAPH_PERSISTED_QUERIES_ALLOW_LIST_LOCATION (newsgraph.graphql.persisted-queries."
						+ "allow-list-location) at a folder of *.graphql documents, such as file:queries/, "
						+ "or set NEWSGRAPH_PERSISTED_QUERIES_ALLOW_LIST_ONLY=false.",
				null);
	}

}
