package dev.newsgraph.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema the service serves is the committed {@code schema.graphqls}, so every change
 * to the API is deliberate. After a deliberate change, refresh the snapshot with
 * {@code ./mvnw test -Dtest=SchemaSnapshotTest -Dnewsgraph.schema.update=true}.
 */
@IntegrationTest
class SchemaSnapshotTest {

	static final Path SNAPSHOT = Path.of("schema.graphqls");

	@LocalServerPort
	int port;

	@Test
	void theServedSchemaIsTheCommittedSnapshot() throws Exception {
		String served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		if (Boolean.getBoolean("newsgraph.schema.update")) {
			Files.writeString(SNAPSHOT, served);
		}
		String snapshot = Files.readString(SNAPSHOT);
		assertThat(SchemaDiff.breakingChanges(snapshot, served)).as(() -> "Breaking changes against " + SNAPSHOT)
			.isEmpty();
		assertThat(served)
			.as(() -> "The schema changed (additions only, none breaking); if that is deliberate, "
					+ "refresh the snapshot: ./mvnw test -Dtest=SchemaSnapshotTest -Dnewsgraph.schema.update=true")
			.isEqualTo(snapshot);
	}

	@Test
	void aBrokenSnapshotNamesEachBreakingChange() throws Exception {
		String broken = Files.readString(Path.of("src/test/resources/schema-fixtures/broken-snapshot.graphqls"));
		List<String> changes = SchemaDiff.breakingChanges(broken, Files.readString(SNAPSHOT));
		assertThat(changes).containsExactlyInAnyOrder("field Article.summary was removed",
				"field Article.wordCount changed type from String! to Int!",
				"enum value OrganizationKind.EVENT was removed");
	}

	@Test
	void additionsAreNotBreakingButRemovalsAndNewRequiredArgumentsAre() {
		String before = "type Query { a(x: Int): String  b: Int }";
		assertThat(SchemaDiff.breakingChanges(before, "type Query { a(x: Int): String  b: Int  c: Int }")).isEmpty();
		assertThat(SchemaDiff.breakingChanges(before, "type Query { a(x: Int, y: Int!): String }"))
			.containsExactlyInAnyOrder("field Query.b was removed", "argument Query.a(y:) was added as required");
	}

}
