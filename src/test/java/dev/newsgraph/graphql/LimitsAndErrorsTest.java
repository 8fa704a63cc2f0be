package dev.newsgraph.graphql;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsgraph.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit and every kind of bad request gets a classified GraphQL error that says
 * what is wrong; internal errors are masked with a reference found in the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LimitsAndErrorsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DataSource dataSource;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	@Test
	void negativeFirst() {
		assertError(page(Map.of("first", -1)), "BAD_REQUEST",
				"first must be between 0 and 100, not -1 (page size limit newsgraph.graphql.max-page-size = 100)");
	}

	@Test
	void firstOverThePageCap() {
		assertError(page(Map.of("first", 1000)), "BAD_REQUEST",
				"first must be between 0 and 100, not 1000 (page size limit newsgraph.graphql.max-page-size = 100)");
		assertError(page(Map.of("last", 101)), "BAD_REQUEST",
				"last must be between 0 and 100, not 101 (page size limit newsgraph.graphql.max-page-size = 100)");
	}

	@Test
	void aGarbageCursor() {
		assertError(page(Map.of("after", "garbage")), "BAD_REQUEST", "Malformed cursor in after: 'garbage'");
	}

	@Test
	void aCursorFromAnotherOrderingOrFilter() {
		String byTitle = page(Map.of("first", 1, "orderBy", Map.of("field", "TITLE", "direction", "ASC")))
			.path("articles.pageInfo.endCursor")
			.entity(String.class)
			.get();
		String message = "The cursor in after comes from another field, ordering or filter; page with cursors from the same query";
		assertError(page(Map.of("after", byTitle)), "BAD_REQUEST", message);
		assertError(page(Map.of("after", byTitle, "orderBy", Map.of("field", "TITLE", "direction", "ASC"), "filter",
				Map.of("source", "crn"))), "BAD_REQUEST", message);
	}

	@Test
	void anInvalidDate() {
		// one sentence, without the engine's syntax tree or the parser's exception (issue
		// 18)
		assertError(this.graphQl.documentName("articles-published-after").execute(), "BAD_REQUEST",
				"Argument 'filter.publishedAfter' of articles got \"2013-13-01\", but it must be a date as YYYY-MM-DD");
	}

	@Test
	void aNulCharacterInAStringArgument() {
		// PostgreSQL's text cannot hold it; once, its error surfaced as an internal one
		assertError(this.graphQl.documentName("organizations-by-name").variable("name", "Apple\u0000").execute(),
				"BAD_REQUEST",
				"Argument 'filter.name' of organizations holds the character U+0000, which no text here can hold; remove it");
	}

	@Test
	void aQueryThirtyLevelsDeep() {
		assertError(this.graphQl.documentName("deep-query").execute(), "BAD_REQUEST",
				"Query depth 31 exceeds the limit of 15 (newsgraph.graphql.max-depth)");
	}

	@Test
	void aHugeAliasFanOut() {
		assertError(this.graphQl.documentName("alias-fan-out").execute(), "BAD_REQUEST",
				"exceeds the limit of 50000 (newsgraph.graphql.max-complexity)");
	}

	@Test
	void anUnknownField() {
		assertError(this.graphQl.documentName("unknown-field").execute(), "ValidationError",
				"Field 'nope' in type 'Article' is undefined");
	}

	@Test
	void aRequestBodyOverTheLimit() throws Exception {
		String query = "{ dataset { version } }" + " ".repeat(300 * 1024);
		HttpResponse<String> response = post("{\"query\":\"" + query + "\"}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("exceeds the limit of 262144 bytes (newsgraph.graphql.max-request-size)")
			.contains("\"classification\":\"BAD_REQUEST\"");
	}

	@Test
	void aStatementOverTheTimeout() throws Exception {
		try (Connection locker = this.dataSource.getConnection(); Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table articles in access exclusive mode");
			// the server's failure (issue 18): TIMEOUT, never the client's BAD_REQUEST
			assertError(page(Map.of("first", 1)), "TIMEOUT",
					"The database did not answer this field within the statement timeout of 1000 ms (newsgraph.graphql.statement-timeout)");
			assertThat(this.meters.counter(GraphQlErrors.TIMEOUTS, "limit", "statement").count()).isPositive();
			locker.rollback();
		}
	}

	@Test
	void anInternalErrorIsMaskedWithAReferenceInTheLog(CapturedOutput output) throws Exception {
		try (Connection breaker = this.dataSource.getConnection(); Statement statement = breaker.createStatement()) {
			// the database loses a table under the running service
			statement.execute("alter table sources rename to sources_gone");
			try {
				GraphQlTester.Response response = this.graphQl.documentName("sources").execute();
				response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
					assertThat(error.getExtensions()).containsEntry("classification", "INTERNAL_ERROR");
					String reference = (String) error.getExtensions().get("errorId");
					assertThat(error.getMessage()).isEqualTo("Internal error; reference " + reference)
						.doesNotContain("sources_gone", "SQL", "Exception");
					assertThat(output.getOut()).contains("Internal error " + reference);
				}));
			}
			finally {
				statement.execute("alter table sources_gone rename to sources");
			}
		}
	}

	private HttpResponse<String> post(String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private GraphQlTester.Response page(Map<String, Object> variables) {
		return this.graphQl.documentName("articles-page").variables(variables).execute();
	}

	private static void assertError(GraphQlTester.Response response, String classification, String message) {
		Consumer<ResponseError> expected = (error) -> {
			assertThat(error.getExtensions()).containsEntry("classification", classification);
			assertThat(error.getMessage()).contains(message);
		};
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies(expected::accept));
	}

}
