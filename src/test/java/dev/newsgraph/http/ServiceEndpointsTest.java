package dev.newsgraph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service answers on its real HTTP port: GraphQL and the health endpoint with the
 * database.
 */
@IntegrationTest
class ServiceEndpointsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void graphqlAnswersTheDatasetQuery() {
		this.graphQl.documentName("dataset")
			.execute()
			.path("dataset.counts.articles")
			.entity(Integer.class)
			.satisfies((articles) -> assertThat(articles).isNotNegative());
	}

	@Test
	void healthIsUpAndIncludesTheDatabase() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"db\":{").contains("PostgreSQL");
	}

}
