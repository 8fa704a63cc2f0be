package dev.newsgraph.synthetic;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL in the middle of a load, to the JVM and the PostgreSQL it started (as
 * {@code docker kill} does to a container): the next start finds the previous dataset
 * intact, and the load can simply run again.
 */
class KillDuringLoadIT {

	private static final String JAR = "target/newsgraph-0.1.0-SNAPSHOT.jar";

	@Test
	void aKilledLoadLeavesThePreviousDatasetIntact() throws Exception {
		Path data = Files.createTempDirectory("newsgraph-kill").resolve("db");
		assertThat(generate(data, 1000).waitFor(5, TimeUnit.MINUTES)).isTrue();

		Process load = generate(data, 200_000);
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			// well inside the load's transaction: rows are being written
			while ((line = output.readLine()) != null && !line.matches(".*generated [1-9][0-9,]* of 200,000.*")) {
				// read on
			}
			assertThat(line).as("the load's progress").isNotNull();
			load.descendants().forEach(ProcessHandle::destroyForcibly);
			load.destroyForcibly();
			assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR).redirectErrorStream(true)
			.redirectOutput(Files.createTempFile("newsgraph-kill", ".log").toFile());
		builder.environment().put("NEWSGRAPH_EMBEDDED_DB_DIR", data.toString());
		builder.environment().put("PORT", String.valueOf(port));
		Process service = builder.start();
		try {
			HttpClient http = HttpClient.newHttpClient();
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			String body = "";
			while (Instant.now().isBefore(deadline) && !body.contains("\"articles\"")) {
				Thread.sleep(500);
				try {
					body = http
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers
								.ofString("{\"query\":\"{ dataset { counts { articles } } }\"}"))
							.build(), HttpResponse.BodyHandlers.ofString())
						.body();
				}
				catch (java.io.IOException notYet) {
					// still starting
				}
			}
			assertThat(body).contains("\"articles\":1000");
		}
		finally {
			service.destroy();
			service.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process generate(Path data, int articles) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", JAR, "generate", "--articles",
				String.valueOf(articles))
			.redirectErrorStream(true);
		builder.environment().put("NEWSGRAPH_EMBEDDED_DB_DIR", data.toString());
		Process process = builder.start();
		if (articles <= 1000) {
			process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		}
		return process;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
