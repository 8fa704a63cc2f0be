package dev.newsgraph.system;

import java.nio.file.Path;

/**
 * Another process already runs the embedded PostgreSQL on the same data directory.
 */
public class EmbeddedPostgresInUseException extends RuntimeException {

	private final Path dataDirectory;

	EmbeddedPostgresInUseException(Path dataDirectory, Throwable cause) {
		super("The embedded PostgreSQL data directory " + dataDirectory + " is in use by another process", cause);
		this.dataDirectory = dataDirectory;
	}

	Path getDataDirectory() {
		return this.dataDirectory;
	}

}
