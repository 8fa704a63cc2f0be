package dev.newsgraph.role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code newsgraph.role} changes at start-up: a writer migrates the schema; a reader
 * only reads the schema's version, refuses one newer than it knows, and otherwise starts
 * and waits, out of readiness, for the writer to migrate ({@link SchemaHealthIndicator}).
 * The seed loader, the folder watcher and the derived-data rebuild run on writers only.
 */
@Configuration(proxyBeanMethods = false)
class RoleConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(RoleConfiguration.class);

	@Bean
	FlywayMigrationStrategy migrationByRole(@Value("${newsgraph.role:writer}") ServiceRole role) {
		return (flyway) -> {
			if (role == ServiceRole.WRITER) {
				flyway.migrate();
				return;
			}
			SchemaVersions versions = SchemaVersions.of(flyway);
			if (versions.newer()) {
				throw new NewerSchemaException(versions);
			}
			if (!versions.current()) {
				logger.warn("Reader: the database holds {}; waiting, out of readiness, for a writer to migrate it to "
						+ "version {}", versions.describe(), versions.known());
			}
		};
	}

}
