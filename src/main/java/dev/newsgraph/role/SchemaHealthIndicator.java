package dev.newsgraph.role;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code schema} health component, part of readiness: out of service while the
 * database holds another schema than this build's, which on a reader means the writer has
 * not migrated it yet (a writer migrates before it starts).
 */
@Component("schema")
class SchemaHealthIndicator extends AbstractHealthIndicator {

	private final Flyway flyway;

	private final ServiceRole role;

	SchemaHealthIndicator(Flyway flyway, @Value("${newsgraph.role:writer}") ServiceRole role) {
		this.flyway = flyway;
		this.role = role;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SchemaVersions versions = SchemaVersions.of(this.flyway);
		builder.withDetail("role", this.role.name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("version", String.valueOf(versions.found()))
			.withDetail("known", versions.known().toString());
		if (versions.current()) {
			builder.up();
		}
		else if (versions.newer()) {
			builder.outOfService().withDetail("reason", "the schema is newer than this build knows");
		}
		else {
			builder.outOfService().withDetail("reason", "waiting for a writer to migrate the schema");
		}
	}

}
