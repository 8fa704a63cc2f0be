package dev.newsgraph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client keeps its connection through GraphQL error answers (issue 18): one client
 * makes 20 requests that each end in a 400 (a validation error in
 * {@code application/graphql-response+json}, an unknown persisted query, a malformed
 * body), and the server accepts one connection for all of them. Tomcat closes the
 * connection after every 400 and would accept 20.
 */
@IntegrationTest
class KeepAliveTest {

	private static final String[] BAD_BODIES = { "{\"query\":\"{ noSuchField }\"}",
			"{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + "0".repeat(64) + "\"}}}",
			"{\"query\":" };

	@LocalServerPort
	int port;

	@Autowired
	WebServerApplicationContext context;

	@Test
	void twentyBadRequestsTravelOnOneConnection() throws Exception {
		AtomicInteger accepted = new AtomicInteger();
		Connection.Listener counter = new Connection.Listener() {
			@Override
			public void onOpened(Connection connection) {
				accepted.incrementAndGet();
			}
		};
		Connector connector = ((JettyWebServer) this.context.getWebServer()).getServer().getConnectors()[0];
		connector.addEventListener(counter);
		List<Integer> statuses = new ArrayList<>();
		// a client of its own, so that no connection another test left open is reused
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		try {
			for (int i = 0; i < 20; i++) {
				HttpResponse<String> response = client
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
						.header("Content-Type", "application/json")
						.header("Accept", "application/graphql-response+json")
						.POST(HttpRequest.BodyPublishers.ofString(BAD_BODIES[i % BAD_BODIES.length]))
						.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(response.body()).as("answer %d", i).startsWith("{\"errors\":[");
				assertThat(response.headers().firstValue("Connection")).as("answer %d", i).isEmpty();
				statuses.add(response.statusCode());
			}
		}
		finally {
			connector.removeEventListener(counter);
		}
		assertThat(statuses).hasSize(20).containsOnly(400);
		assertThat(accepted).hasValue(1);
	}

}
