package dev.newsgraph.role;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The schema version a database holds against the versions this build's migrations know,
 * read with Flyway's own bookkeeping and never written.
 *
 * @param found the highest version applied, or null for an empty database
 * @param known the highest version this build's migrations define
 * @param newer whether the database holds a version this build does not know
 */
record SchemaVersions(MigrationVersion found, MigrationVersion known, boolean newer) {

	static SchemaVersions of(Flyway flyway) {
		MigrationInfo[] all = flyway.info().all();
		MigrationVersion known = Arrays.stream(all)
			.filter((info) -> info.getState() != MigrationState.FUTURE_SUCCESS
					&& info.getState() != MigrationState.FUTURE_FAILED)
			.map(MigrationInfo::getVersion)
			.filter((version) -> version != null)
			.max(Comparator.naturalOrder())
			.orElse(MigrationVersion.EMPTY);
		MigrationInfo current = flyway.info().current();
		boolean newer = Arrays.stream(all)
			.anyMatch((info) -> info.getState() == MigrationState.FUTURE_SUCCESS
					|| info.getState() == MigrationState.FUTURE_FAILED);
		return new SchemaVersions(Optional.ofNullable(current).map(MigrationInfo::getVersion).orElse(null), known,
				newer);
	}

	/** Whether the database holds exactly the schema this build knows. */
	boolean current() {
		return this.found != null && this.found.equals(this.known) && !this.newer;
	}

	String describe() {
		return (this.found != null) ? "version " + this.found : "no schema";
	}

}
