package dev.newsgraph.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external PostgreSQL server stops under the running service: requests fail fast with
 * an {@code UNAVAILABLE} GraphQL error, readiness goes down, and once the server is back
 * the service answers again, without a restart.
 */
class DatabaseOutageTest {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void requestsFailFastWhileTheServerIsAwayAndRecoverWhenItIsBack() throws Exception {
		Path data = Files.createTempDirectory("newsgraph-outage");
		EmbeddedPostgres server = start(data, 0);
		int pgPort = server.getPort();
		JdbcClient.create(server.getPostgresDatabase()).sql("create database outage").update();
		String[] args = { "--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/outage",
				"--spring.datasource.username=postgres", "--server.port=0", "--newsgraph.embedded-db.dir=" };
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsgraphApplication.class)
			.run(args)) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			assertThat(query(port).body()).contains("\"slug\":\"").doesNotContain("errors");

			server.close();
			Instant start = Instant.now();
			HttpResponse<String> down = query(port);
			Duration took = Duration.between(start, Instant.now());
			assertThat(down.statusCode()).isEqualTo(200);
			assertThat(down.body()).contains("\"classification\":\"UNAVAILABLE\"",
					"The database is unavailable; try again shortly");
			// the pool's connection timeout (3 s) bounds the wait
			assertThat(took).isLessThan(Duration.ofSeconds(6));
			System.out.printf("Database outage: the first request failed after %d ms%n", took.toMillis());
			assertThat(status(port, "/actuator/health/readiness")).isEqualTo(503);
			assertThat(status(port, "/actuator/health/liveness")).isEqualTo(200);

			server = start(data, pgPort);
			Instant deadline = Instant.now().plusSeconds(30);
			HttpResponse<String> back = query(port);
			while (back.body().contains("errors") && Instant.now().isBefore(deadline)) {
				Thread.sleep(200);
				back = query(port);
			}
			assertThat(back.body()).contains("\"slug\":\"").doesNotContain("errors");
			assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);
			System.out.printf("Database outage: answering again %d ms after the server started%n",
					Duration.between(deadline.minusSeconds(30), Instant.now()).toMillis());
		}
		finally {
			server.close();
		}
	}

	private static EmbeddedPostgres start(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static HttpResponse<String> query(int port) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ articles(first: 10) { nodes { slug } } }\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int status(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}
