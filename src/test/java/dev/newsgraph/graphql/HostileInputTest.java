package dev.newsgraph.graphql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fuzz suite of issue 10: seeded, generated and mutated requests
 * ({@link HostileRequests}) over HTTP. None gets a 5xx; every answer is GraphQL-shaped
 * JSON, a 4xx with a classified error when the request was bad; none shows a stack trace,
 * a class name, SQL or a file path; the data is unchanged and the service healthy
 * afterwards. {@code -Dnewsgraph.fuzz.count=N} sets how many (CI runs 2,000, the
 * benchmark 10,000 or more), {@code -Dnewsgraph.fuzz.seed=S} the seed, and a failure
 * names the seed and index that replay it ({@code -Dnewsgraph.fuzz.only=I}).
 */
@IntegrationTest
class HostileInputTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	/** What an answer must not show, unless the request itself contained it. */
	private static final List<Pattern> LEAKS = List.of(Pattern.compile("\\bat [a-z][\\w$]*\\.[\\w$.]+\\("),
			Pattern.compile("\\.java:\\d+"),
			Pattern.compile("\\b(?:java|javax|jakarta|sun|tools\\.jackson)\\.[a-z]+\\."),
			Pattern
				.compile("\\b(?:org\\.springframework|org\\.postgresql|org\\.apache|com\\.zaxxer|graphql\\.execution)"),
			Pattern.compile("\\b\\w+Exception\\b|\\b(?:OutOfMemory|StackOverflow|NoClassDefFound)Error\\b"),
			Pattern.compile("(?i)\\bselect\\b.+\\bfrom\\b"),
			Pattern.compile("(?i)\\b(?:pg_catalog|search_vector|organization_mentions|article_positions)\\b"),
			Pattern.compile("(?:/work/|/home/|/tmp/|/usr/|BOOT-INF)"));

	private static final List<String> TABLES = List.of("articles", "organizations", "organization_aliases",
			"organization_mentions", "people", "affiliations", "quotes", "quote_about", "sources", "dataset_loads");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hostileRequestsGetClassifiedErrorsAndChangeNothing() throws Exception {
		long seed = Long.getLong("newsgraph.fuzz.seed", 20261127L);
		int count = Integer.getInteger("newsgraph.fuzz.count", 2_000);
		Integer only = Integer.getInteger("newsgraph.fuzz.only");
		Map<String, String> before = checksums();
		HostileRequests requests = new HostileRequests(seed, documents(), cursors());
		Map<String, Integer> byStatus = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (int index = (only != null) ? only : 0; index < ((only != null) ? only + 1 : count); index++) {
			HostileRequests.Request request = requests.request(index);
			HttpResponse<String> response = send(request);
			byStatus.merge(response.statusCode() / 100 + "xx " + request.kind(), 1, Integer::sum);
			List<String> problems = problems(request, response);
			if (!problems.isEmpty() && failures.size() < 20) {
				failures.add("seed " + seed + ", index " + index + ": " + problems + "\n  request " + request
						+ "\n  answer " + response.statusCode() + " " + abbreviate(response.body()));
			}
		}
		System.out.printf("Fuzz suite, seed %d, %d requests: %s%n", seed, count, byStatus);
		assertThat(failures).as("requests that failed; replay with -Dnewsgraph.fuzz.seed and -Dnewsgraph.fuzz.only")
			.isEmpty();
		assertThat(checksums()).as("the data after the fuzz suite").isEqualTo(before);
		assertThat(http
			.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);
	}

	private List<String> problems(HostileRequests.Request request, HttpResponse<String> response) {
		List<String> problems = new ArrayList<>();
		int status = response.statusCode();
		if (status >= 500) {
			problems.add("status " + status);
		}
		String contentType = response.headers().firstValue("Content-Type").orElse("");
		if (!contentType.startsWith("application/json")
				&& !contentType.startsWith("application/graphql-response+json")) {
			problems.add("content type '" + contentType + "'");
		}
		JsonNode body;
		try {
			body = json.readTree(response.body());
		}
		catch (RuntimeException ex) {
			problems.add("not JSON");
			return problems;
		}
		if (!body.isObject() || !(body.has("data") || body.has("errors"))) {
			problems.add("neither data nor errors");
		}
		for (JsonNode error : body.path("errors")) {
			if ("INTERNAL_ERROR".equals(error.path("extensions").path("classification").asString(""))) {
				problems.add("an internal error");
			}
		}
		if (status >= 400) {
			JsonNode error = body.path("errors").path(0);
			if (!error.path("message").isString() || !error.path("extensions").path("classification").isString()) {
				problems.add("a 4xx without a classified GraphQL error");
			}
		}
		String sent = request.bodyText() + " "
				+ java.net.URLDecoder.decode(request.pathAndQuery(), StandardCharsets.UTF_8);
		for (Pattern leak : LEAKS) {
			java.util.regex.Matcher found = leak.matcher(response.body());
			while (found.find()) {
				if (!sent.contains(found.group())) {
					problems.add("shows '" + found.group() + "'");
					break;
				}
			}
		}
		return problems;
	}

	private HttpResponse<String> send(HostileRequests.Request request) throws IOException, InterruptedException {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.pathAndQuery()))
			.timeout(Duration.ofSeconds(30))
			.method(request.method(), (request.body().length == 0) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(request.body()));
		if (request.contentType() != null && !request.contentType().isBlank()) {
			builder.header("Content-Type", request.contentType());
		}
		if (!request.accept().isBlank()) {
			builder.header("Accept", request.accept());
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Every test document, to mutate. */
	private static List<String> documents() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/graphql-test"))) {
			List<String> documents = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".graphql")).sorted().toList()) {
				documents.add(Files.readString(file));
			}
			return documents;
		}
	}

	/** Real cursors of several lists, to forge from. */
	private List<String> cursors() throws Exception {
		List<String> cursors = new ArrayList<>();
		for (String query : List.of("{ articles(first: 3) { edges { cursor } } }",
				"{ articles(first: 3, orderBy: {field: TITLE}) { edges { cursor } } }",
				"{ articles(first: 3, filter: {organizations: [\"huawei\"]}) { edges { cursor } } }",
				"{ organizations(first: 3) { edges { cursor } } }", "{ quotes(first: 3) { edges { cursor } } }",
				"{ search(query: \"huawei\", first: 3) { edges { cursor } } }")) {
			String body = json.writeValueAsString(Map.of("query", query));
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			json.readTree(response.body()).findValues("cursor").forEach((cursor) -> cursors.add(cursor.asString()));
		}
		assertThat(cursors).hasSizeGreaterThan(10);
		return cursors;
	}

	/** A checksum of every row of every dataset table. */
	private Map<String, String> checksums() {
		Map<String, String> checksums = new TreeMap<>();
		for (String table : TABLES) {
			checksums.put(table,
					this.jdbc
						.sql("select coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from "
								+ table + " t")
						.query(String.class)
						.single());
		}
		return checksums;
	}

	private URI uri(String pathAndQuery) {
		return URI.create("http://localhost:" + this.port + pathAndQuery);
	}

	private static String abbreviate(String text) {
		return (text.length() > 600) ? text.substring(0, 600) + "…" : text;
	}

}
