package dev.newsgraph.role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A reader ({@code newsgraph.role=reader}) against a database of its own, as a fresh
 * standby of an unmigrated primary would be: it writes nothing, waits out of readiness
 * for a writer to migrate, then is ready as far as the schema goes, and refuses a schema
 * newer than it knows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsgraph.role=reader")
@ActiveProfiles("test")
class ReaderRoleTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Flyway flyway;

	@Autowired
	FlywayMigrationStrategy migration;

	@LocalServerPort
	int port;

	@Test
	void aReaderWritesNothingWaitsForTheWritersSchemaAndRefusesANewerOne() throws Exception {
		assertThat(
				this.jdbc.sql("select to_regclass('flyway_schema_history') is null and to_regclass('articles') is null")
					.query(Boolean.class)
					.single())
			.as("the reader neither migrated nor loaded")
			.isTrue();
		JsonNode waiting = readiness(503);
		assertThat(waiting.at("/components/schema/status").asString()).isEqualTo("OUT_OF_SERVICE");
		assertThat(waiting.at("/components/schema/details/reason").asString())
			.isEqualTo("waiting for a writer to migrate the schema");

		// what the writer does
		Flyway.configure().configuration(this.flyway.getConfiguration()).load().migrate();
		JsonNode migrated = readiness(503);
		assertThat(migrated.at("/components/schema/status").asString()).isEqualTo("UP");
		assertThat(migrated.at("/components/dataset/status").asString()).as("no dataset is loaded yet")
			.isEqualTo("DOWN");

		// a writer of a later build migrated further
		this.jdbc
			.sql("""
					insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
					                                   installed_by, execution_time, success)
					select max(installed_rank) + 1, '999', 'from a later build', 'SQL', 'V999__later.sql', 0, 'test', 0, true
					from flyway_schema_history
					""")
			.update();
		assertThatExceptionOfType(NewerSchemaException.class).isThrownBy(() -> this.migration.migrate(this.flyway))
			.withMessageContaining("schema is at version 999, newer than this build knows");
		assertThat(readiness(503).at("/components/schema/details/reason").asString())
			.isEqualTo("the schema is newer than this build knows");
	}

	private JsonNode readiness(int status) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

}
