package dev.newsgraph.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import dev.newsgraph.node.Node;
import dev.newsgraph.http.PersistedQueries;

/**
 * GraphQL over HTTP as front-end code uses it: GET with caching, persisted queries, POST
 * content types, CORS.
 */
@IntegrationTest
class GraphQlOverHttpTest {

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void getAnswersAQueryWithAnETagAndCacheControl() throws Exception {
		HttpResponse<String> response = get("query=" + encode("{ dataset { counts { articles } } }"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.startsWith("{\"data\":{\"dataset\":{\"counts\":{\"articles\":4}}},\"extensions\":{\"cost\":");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(response.headers().firstValue("ETag"))
			.hasValueSatisfying((etag) -> assertThat(etag).matches("\"[0-9a-f]{32}\""));
	}

	@Test
	void aMatchingIfNoneMatchGets304AndAnotherRequestAnotherETag() throws Exception {
		String query = "query=" + encode("query A($n: Int) { articles(first: $n) { nodes { slug } } }");
		String first = get(query + "&variables=" + encode("{\"n\":1}")).headers().firstValue("ETag").orElseThrow();
		String second = get(query + "&variables=" + encode("{\"n\":2}")).headers().firstValue("ETag").orElseThrow();
		assertThat(second).isNotEqualTo(first);
		HttpResponse<String> notModified = send(
				HttpRequest.newBuilder(uri("/graphql?" + query + "&variables=" + encode("{\"n\":1}")))
					.header("If-None-Match", first)
					.build());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).hasValue(first);
		// the body's media type follows Accept, so a cache must key on it (issue 18)
		assertThat(notModified.headers().allValues("Vary")).anySatisfy((vary) -> assertThat(vary).contains("Accept"));
	}

	@Test
	void aMutationOverGetIsRefused() throws Exception {
		HttpResponse<String> response = get("query=" + encode("mutation { anything }"));
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("POST");
		assertThat(response.body()).contains("Mutations are not allowed over GET", "BAD_REQUEST");
	}

	@Test
	void badGetParametersAndErrorsAreNotCached() throws Exception {
		HttpResponse<String> badVariables = get(
				"query=" + encode("{ dataset { version } }") + "&variables=" + encode("[1"));
		assertThat(badVariables.statusCode()).isEqualTo(400);
		assertThat(badVariables.body()).contains("The variables parameter is not a JSON object");
		HttpResponse<String> failing = get("query=" + encode("{ articles(first: -1) { totalCount } }"));
		assertThat(failing.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(failing.headers().firstValue("ETag")).isEmpty();
		assertThat(get("").statusCode()).isEqualTo(400);
	}

	@Test
	void anAutomaticPersistedQueryRoundTrip() throws Exception {
		String query = "{ organization(slug: \"reuters\") { name } }";
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedQueries.sha256(query)
				+ "\"}}";
		HttpResponse<String> unknown = get("extensions=" + encode(extensions));
		assertThat(unknown.body()).contains("\"message\":\"PersistedQueryNotFound\"",
				"\"code\":\"PERSISTED_QUERY_NOT_FOUND\"", "\"classification\":\"PERSISTED_QUERY_NOT_FOUND\"");
		HttpResponse<String> registered = post(
				"{\"query\":\"" + query.replace("\"", "\\\"") + "\",\"extensions\":" + extensions + "}", null);
		assertThat(registered.body()).startsWith("{\"data\":{\"organization\":{\"name\":\"Reuters\"}},");
		assertThat(get("extensions=" + encode(extensions)).body())
			.startsWith("{\"data\":{\"organization\":{\"name\":\"Reuters\"}},");
		assertThat(post("{\"extensions\":" + extensions + "}", null).body())
			.startsWith("{\"data\":{\"organization\":{\"name\":\"Reuters\"}},");
	}

	@Test
	void answersJsonUnlessTheClientNamesGraphqlResponseJson() throws Exception {
		String body = "{\"query\":\"{ dataset { counts { sources } } }\"}";
		assertThat(post(body, null).headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(post(body, "*/*").headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(post(body, "application/json").headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(post(body, "application/graphql-response+json, application/json;q=0.9").headers()
			.firstValue("Content-Type")).hasValue("application/graphql-response+json");
		String query = "query=" + encode("{ dataset { version } }");
		assertThat(send(HttpRequest.newBuilder(uri("/graphql?" + query))
			.header("Accept", "application/graphql-response+json")
			.build()).headers().firstValue("Content-Type")).hasValue("application/graphql-response+json");
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsABadRequest() throws Exception {
		for (String body : new String[] { "null", "[]", "42", "\"query\"", "{\"query\":", "" }) {
			HttpResponse<String> response = post(body, null);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).as(body)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).as(body)
				.startsWith("{\"errors\":[{\"message\":\"The request body")
				.contains("\"classification\":\"BAD_REQUEST\"");
		}
	}

	@Test
	void aCorsPreflightIsAnswered() throws Exception {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET,POST");
		assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("3600");
		HttpResponse<String> get = send(
				HttpRequest.newBuilder(uri("/graphql?query=" + encode("{ dataset { version } }")))
					.header("Origin", "https://app.example")
					.build());
		assertThat(get.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValue("ETag, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After");
	}

	/**
	 * Issue 18: Apollo's and other clients' headers pass a preflight; OPTIONS tells the
	 * truth.
	 */
	@Test
	void aPreflightLetsTheCommonClientHeadersThrough() throws Exception {
		String asked = "content-type, apollo-require-preflight, x-apollo-operation-name, apollographql-client-name, "
				+ "apollographql-client-version, authorization, x-api-key";
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", asked)
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
		for (String header : asked.split(", ")) {
			assertThat(allowed).contains(header);
		}
		HttpResponse<String> options = send(
				HttpRequest.newBuilder(uri("/graphql")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
		assertThat(options.headers().firstValue("Allow")).hasValue("GET, POST, OPTIONS");
	}

	/**
	 * Issue 18: the engine declares @defer, but answers are whole; say so, and do not
	 * declare it.
	 */
	@Test
	void deferIsRefusedAndNotDeclared() throws Exception {
		HttpResponse<String> deferred = post(
				"{\"query\":\"{ articles(first: 1) { nodes { slug ... @defer { title } } } }\"}", null);
		assertThat(deferred.body()).contains("The @defer directive is not supported",
				"\"classification\":\"BAD_REQUEST\"");
		HttpResponse<String> introspection = post("{\"query\":\"{ __schema { directives { name } } }\"}", null);
		assertThat(introspection.body()).contains("\"name\":\"include\"", "\"name\":\"cost\"")
			.doesNotContain("\"name\":\"defer\"", "experimental_disableErrorPropagation");
		assertThat(send(HttpRequest.newBuilder(uri("/graphql/schema")).build()).body())
			.doesNotContain("directive @defer", "@experimental_disableErrorPropagation");
	}

	/** Issue 18: one sentence for a bad variable, and no empty locations array. */
	@Test
	void anInvalidDateVariableIsOneSentence() throws Exception {
		HttpResponse<String> response = post(
				"{\"query\":\"query($d: Date) { articles(filter: {publishedAfter: $d}) { totalCount } }\","
						+ "\"variables\":{\"d\":\"2024-13-45\"}}",
				null);
		assertThat(response.body())
			.contains("Variable 'd' has an invalid value: expected a date as YYYY-MM-DD, got '2024-13-45'")
			.doesNotContain("because of", "MonthOfYear", "\"locations\":[]");
	}

	@Test
	void aBatchAndAnEmptyObjectGetGraphQlErrors() throws Exception {
		HttpResponse<String> batch = post("[{\"query\":\"{ dataset { version } }\"}]", null);
		assertThat(batch.statusCode()).isEqualTo(400);
		assertThat(batch.body()).startsWith("{\"errors\":[{\"message\":\"The request body is a batch")
			.contains("\"classification\":\"BAD_REQUEST\"");
		HttpResponse<String> empty = post("{}", null);
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).startsWith("{\"errors\":[{\"message\":")
			.contains("\"classification\":\"BAD_REQUEST\"")
			.doesNotContain("timestamp", "\"locations\":[]");
	}

	@Test
	void theSchemaIsServedAsSdlToOtherOriginsToo() throws Exception {
		HttpResponse<String> schema = send(
				HttpRequest.newBuilder(uri("/graphql/schema")).header("Origin", "https://tool.example").build());
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		// UTF-8, said so: descriptions hold characters beyond ASCII ("µs")
		assertThat(schema.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).isEqualToIgnoringCase("text/plain;charset=UTF-8"));
		assertThat(schema.body()).contains("30 µs",
				"scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")");
		assertThat(schema.body()).contains("type Article implements Node {",
				"articles(after: String, before: String, filter: ArticleFilter, first: Int, last: Int, orderBy: ArticleOrder)");
	}

	@Test
	void aHashThatDoesNotMatchTheTextIsABadRequest() throws Exception {
		String cached = "{ dataset { version } }";
		String hash = PersistedQueries.sha256(cached);
		post("{\"query\":\"" + cached + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash
				+ "\"}}}", null);
		HttpResponse<String> mismatch = post(
				"{\"query\":\"{ dataset { loadedAt } }\",\"extensions\":"
						+ "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}}",
				"application/graphql-response+json");
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("\"message\":\"provided sha does not match query\"",
				"\"classification\":\"BAD_REQUEST\"");
	}

	@Test
	void graphiQlAnswersWithAndWithoutATrailingSlash() throws Exception {
		for (String path : new String[] { "/graphiql", "/graphiql/" }) {
			HttpResponse<String> page = send(HttpRequest.newBuilder(uri(path)).build());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("<title>newsgraph · GraphiQL</title>");
		}
	}

	private HttpResponse<String> get(String query) throws Exception {
		return send(HttpRequest.newBuilder(uri("/graphql?" + query)).build());
	}

	private HttpResponse<String> post(String body, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
