package dev.newsgraph.graphql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import dev.newsgraph.http.PersistedQueries;

/**
 * The request cost is computed with the actual variables on every path, states itself in
 * every answer, and the request deadline cancels what is still running.
 */
@IntegrationTest
class RequestCostTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyAnswerTellsItsCost() throws Exception {
		JsonNode answer = post(Map.of("query", "{ articles(first: 2) { totalCount nodes { slug } } }"));
		// articles: 1 + 2 x (nodes 1 + slug 1); totalCount 1 + 100
		assertThat(answer.at("/extensions/cost/requested").asInt()).isEqualTo(1 + 2 * 2 + 101);
		assertThat(answer.at("/extensions/cost/limit").asInt()).isEqualTo(50000);
		assertThat(answer.at("/extensions/cost/remainingBudget").isNumber()).isTrue();
	}

	@Test
	void theActualCostCountsTheRowsTheAnswerHolds() throws Exception {
		JsonNode answer = post(Map.of("query", "{ articles(first: 50) { totalCount nodes { slug } } }"));
		int articles = answer.at("/data/articles/totalCount").asInt();
		assertThat(articles).isBetween(1, 49);
		// requested: 1 + 50 x (nodes 1 + slug 1) + totalCount 101
		assertThat(answer.at("/extensions/cost/requested").asInt()).isEqualTo(1 + 50 * 2 + 101);
		// actual: articles 1, totalCount 101, nodes 1, a slug per article
		assertThat(answer.at("/extensions/cost/actual").asInt()).isEqualTo(1 + 101 + 1 + articles);
	}

	@Test
	void aPersistedDocumentIsCostedWithTheVariablesOfEachRequest() throws Exception {
		String document = Files.readString(Path.of("src/test/resources/graphql-test/cost-by-variables.graphql"));
		Map<String, Object> persisted = Map.of("persistedQuery",
				Map.of("version", 1, "sha256Hash", PersistedQueries.sha256(document)));
		JsonNode cheap = post(Map.of("query", document, "variables", Map.of("n", 1), "extensions", persisted));
		assertThat(cheap.path("errors").isMissingNode()).as(cheap.toString()).isTrue();
		assertThat(cheap.at("/extensions/cost/requested").asInt()).isEqualTo(40416);
		// the cached document, by its hash alone, with a larger page
		JsonNode costly = post(Map.of("variables", Map.of("n", 100), "extensions", persisted));
		assertThat(costly.at("/errors/0/message").asString())
			.isEqualTo("Query cost 80808 exceeds the limit of 50000 (newsgraph.graphql.max-complexity); "
					+ "ask for smaller pages or fewer fields");
		assertThat(costly.at("/errors/0/extensions/classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(costly.has("data")).isFalse();
		// and over GET
		HttpResponse<String> get = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?variables=" + encode("{\"n\":100}")
					+ "&extensions=" + encode(json.writeValueAsString(persisted))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(get.body()).contains("Query cost 80808 exceeds the limit of 50000");
	}

	@Test
	void theDeadlineCancelsWhatIsStillRunningAndSaysWhichFieldsTimedOut() throws Exception {
		String document = Files.readString(Path.of("src/test/resources/graphql-test/four-article-pages.graphql"));
		try (Connection locker = this.dataSource.getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table articles in access exclusive mode");
			Instant start = Instant.now();
			JsonNode answer = post(Map.of("query", document));
			Duration took = Duration.between(start, Instant.now());
			// four statements of up to 1 s each, stopped by the 2 s deadline
			assertThat(took).isLessThan(Duration.ofMillis(3500));
			JsonNode errors = answer.path("errors");
			assertThat(errors.size()).isEqualTo(4);
			// the first field meets the statement timeout: the server's failure too
			// (issue 18)
			assertThat(errors.get(0).at("/extensions/classification").asString()).isEqualTo("TIMEOUT");
			assertThat(errors.get(0).at("/message").asString()).contains("statement timeout");
			for (int field : new int[] { 2, 3 }) {
				assertThat(errors.get(field).at("/extensions/classification").asString()).isEqualTo("TIMEOUT");
				assertThat(errors.get(field).at("/path/0").asString()).isEqualTo("a" + field);
				assertThat(errors.get(field).at("/message").asString()).isEqualTo(
						"The request's deadline of 2000 ms (newsgraph.graphql.request-timeout) passed before this field was resolved");
			}
			// nothing of the request is left running in PostgreSQL
			assertThat(this.jdbc.sql("""
					select count(*) from pg_stat_activity
					where state = 'active' and pid <> pg_backend_pid() and query like '%articles%'""")
				.query(Integer.class)
				.single()).isZero();
			locker.rollback();
		}
	}

	private JsonNode post(Map<String, Object> body) throws Exception {
		return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
