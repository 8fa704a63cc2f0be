package dev.newsgraph.budget;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, with {@code budget.store: postgresql}: a
 * client that spends its budget on one is refused by the other too, while another client
 * is served by both.
 */
class SharedBudgetTest {

	private static final String QUERY = "{\"query\":\"{ articles(first: 100) { totalCount nodes { slug title } } }\"}";

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyInstanceChargesTheSameBudget() throws Exception {
		try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
			JdbcClient.create(database.getPostgresDatabase()).sql("create database shared").update();
			String[] args = { "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/shared",
					"--spring.datasource.username=postgres", "--server.port=0", "--newsgraph.embedded-db.dir=",
					"--newsgraph.graphql.budget.store=postgresql", "--newsgraph.graphql.budget.capacity=5000",
					"--newsgraph.graphql.budget.refill-per-second=10",
					"--newsgraph.graphql.budget.api-keys=alpha-key,beta-key" };
			try (ConfigurableApplicationContext first = new SpringApplicationBuilder(NewsgraphApplication.class)
				.run(args);
					ConfigurableApplicationContext second = new SpringApplicationBuilder(NewsgraphApplication.class)
						.run(args)) {
				int onFirst = 0;
				HttpResponse<String> answer = post(first, "alpha-key");
				while (answer.statusCode() == 200 && onFirst < 20) {
					onFirst++;
					answer = post(second, "alpha-key");
					if (answer.statusCode() == 200) {
						answer = post(first, "alpha-key");
					}
				}
				// 402 points a request: about 12 requests, over both instances together
				assertThat(answer.statusCode()).isEqualTo(429);
				assertThat(onFirst).isBetween(5, 7);
				assertThat(post(first, "alpha-key").statusCode()).isEqualTo(429);
				assertThat(post(second, "alpha-key").statusCode()).isEqualTo(429);
				assertThat(post(first, "beta-key").statusCode()).isEqualTo(200);
				HttpResponse<String> other = post(second, "beta-key");
				assertThat(other.statusCode()).isEqualTo(200);
				// the second instance saw the first's charge
				long remaining = Long.parseLong(other.headers().firstValue("RateLimit-Remaining").orElseThrow());
				assertThat(remaining).isBetween(5000L - 2 * 402, 5000L - 2 * 402 + 20);
				assertThat(JdbcClient.create(database.getDatabase("postgres", "shared"))
					.sql("select count(*) from client_budgets")
					.query(Integer.class)
					.single()).isEqualTo(2);
			}
		}
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext instance, String apiKey) throws Exception {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("X-Api-Key", apiKey)
			.POST(HttpRequest.BodyPublishers.ofString(QUERY))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
