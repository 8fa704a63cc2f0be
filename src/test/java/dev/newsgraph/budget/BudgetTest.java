package dev.newsgraph.budget;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.MeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import dev.newsgraph.graphql.RequestCostInstrumentation;

/**
 * A locked-down service: each client has its own budget of cost points (one that spends
 * it gets 429 with Retry-After while another is served), and introspection is off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsgraph.graphql.budget.capacity=5000", "newsgraph.graphql.budget.refill-per-second=10",
				"newsgraph.graphql.budget.api-keys=alpha-key,beta-key",
				"spring.graphql.schema.introspection.enabled=false" })
@ActiveProfiles("test")
class BudgetTest {

	private static final String QUERY = "{\"query\":\"{ articles(first: 100) { totalCount nodes { slug title } } }\"}";

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void aClientThatSpendsItsBudgetGets429WhileAnotherIsServed() throws Exception {
		HttpResponse<String> first = post("alpha-key");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("RateLimit-Limit")).hasValue("5000");
		long remaining = Long.parseLong(first.headers().firstValue("RateLimit-Remaining").orElseThrow());
		// the query costs 1 + 100 x (1 + 1 + 1) + 101 = 402 points
		assertThat(remaining).isBetween(5000L - 402, 5000L - 402 + 10);
		assertThat(first.headers().firstValue("RateLimit-Reset")).isPresent();
		HttpResponse<String> refused = null;
		for (int i = 0; i < 20 && refused == null; i++) {
			HttpResponse<String> response = post("alpha-key");
			if (response.statusCode() == 429) {
				refused = response;
			}
		}
		assertThat(refused).as("a 429 once the budget is spent").isNotNull();
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isPositive();
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(refused.body()).contains("\"classification\":\"RATE_LIMITED\"",
				"this client's cost budget (newsgraph.graphql.budget) is spent");
		// another client, and a made-up key (which counts as the address, a budget of its
		// own here)
		assertThat(post("beta-key").statusCode()).isEqualTo(200);
		assertThat(post("made-up-key").statusCode()).isEqualTo(200);
		assertThat(this.meters.counter(RequestCostInstrumentation.REJECTED, "reason", "budget").count())
			.isGreaterThanOrEqualTo(1);
	}

	/**
	 * Spring Boot switches introspection off for the whole JVM (graphql-java's
	 * {@code Introspection.enabledJvmWide}): the other tests' contexts need it back.
	 */
	@AfterAll
	static void introspectionBackOn() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionCanBeSwitchedOff() throws Exception {
		HttpResponse<String> response = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("X-Api-Key", "beta-key")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __schema { queryType { name } } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"errors\"").doesNotContain("\"queryType\":{");
	}

	private HttpResponse<String> post(String apiKey) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
