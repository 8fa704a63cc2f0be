package dev.newsgraph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database comes from when {@code spring.datasource.url} is not set.
 *
 * @param databaseUrl a {@code postgres://user:pass@host:port/db} URL, as hosting
 * platforms hand out in {@code DATABASE_URL}; blank for the embedded server
 * @param embeddedDb the embedded PostgreSQL started when neither URL is given
 */
@ConfigurationProperties("newsgraph")
public record DatabaseProperties(String databaseUrl, EmbeddedDb embeddedDb) {

	/**
	 * @param dir data directory, kept across restarts; blank for a throw-away directory
	 * @param port fixed port, or 0 for a free one
	 */
	public record EmbeddedDb(Path dir, int port) {
	}

}
