package dev.newsgraph.database;

import java.nio.file.Path;
import dev.newsgraph.lifecycle.StartupProblem;

/**
 * Another process already runs the embedded PostgreSQL on the same data directory.
 */
public class EmbeddedPostgresInUseException extends StartupProblem {

	EmbeddedPostgresInUseException(Path dataDirectory, Throwable cause) {
		super("The embedded PostgreSQL data directory " + dataDirectory + " is in use by another process",
				"Stop the other newsgraph process, or give this one its own directory with "
						+ "NEWSGRAPH_EMBEDDED_DB_DIR, or point it at a PostgreSQL server with SPRING_DATASOURCE_URL "
						+ "or DATABASE_URL.",
				cause);
	}

}
