package dev.newsgraph.role;

import dev.newsgraph.lifecycle.StartupProblem;

/** A reader started against a schema a newer build migrated. */
class NewerSchemaException extends StartupProblem {

	NewerSchemaException(SchemaVersions versions) {
		super("The database's schema is at " + versions.describe() + ", newer than this build knows (version "
				+ versions.known() + "); a reader never changes the schema.",
				"Run readers built from the same version as the writer, or newer.", null);
	}

}
