package dev.newsgraph.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Given a PostgreSQL URL from outside, the service uses that server and starts no
 * embedded one. The outside server is a separate PostgreSQL process that this test starts
 * and owns.
 */
class ExternalDatabaseTest {

	static EmbeddedPostgres outsideServer;

	@BeforeAll
	static void startOutsideServer() throws Exception {
		outsideServer = EmbeddedPostgres.builder().start();
		JdbcClient admin = JdbcClient.create(outsideServer.getPostgresDatabase());
		admin.sql("create role newsgraph login password 'n3ws'").update();
		admin.sql("create database via_spring_datasource owner newsgraph").update();
		admin.sql("create database via_database_url owner newsgraph").update();
	}

	@AfterAll
	static void stopOutsideServer() throws Exception {
		outsideServer.close();
	}

	@ParameterizedTest
	@ExtendWith(OutputCaptureExtension.class)
	@CsvSource(delimiter = '|', value = {
			"via_spring_datasource | --spring.datasource.url=jdbc:postgresql://localhost:{port}/via_spring_datasource --spring.datasource.username=newsgraph --spring.datasource.password=n3ws",
			"via_database_url | --newsgraph.database-url=postgres://newsgraph:n3ws@localhost:{port}/via_database_url" })
	void usesTheGivenServerAndStartsNoEmbeddedOne(String database, String arguments, CapturedOutput output)
			throws Exception {
		String[] args = (arguments.replace("{port}", String.valueOf(outsideServer.getPort()))
				+ " --server.port=0 --newsgraph.embedded-db.dir=")
			.split(" ");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsgraphApplication.class)
			.run(args)) {
			assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();

			JdbcClient outside = JdbcClient.create(outsideServer.getDatabase("postgres", database));
			assertThat(outside.sql("select count(*) from flyway_schema_history where success")
				.query(Integer.class)
				.single()).isPositive();

			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ dataset { counts { articles } } }\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"articles\"").doesNotContain("errors");
		}
		// the password is in the arguments, never in the log
		assertThat(output.getAll()).contains("external PostgreSQL").doesNotContain("n3ws");
	}

}
