package dev.newsgraph;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import dev.newsgraph.ReadmeBlocks.Block;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the README as a user would, against the packaged jar: every shell block in a
 * scratch checkout (with the seeds and the jar) while the service runs, and every GraphQL
 * example that shows a result, whose values are then asserted. Blocks marked
 * {@code <!-- readme-test: skip … -->} are not run; the comment says which test covers
 * their plain-command twin.
 */
class ReadmeIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final String JAR = "target/newsgraph-0.1.0-SNAPSHOT.jar";

	@TempDir
	static Path checkout;

	static Process service;

	static int port;

	@BeforeAll
	static void startTheServiceInAScratchCheckout() throws Exception {
		FileSystemUtils.copyRecursively(Path.of("seeds"), checkout.resolve("seeds"));
		Files.createDirectories(checkout.resolve("target"));
		Files.createSymbolicLink(checkout.resolve(JAR), Path.of(JAR).toAbsolutePath());
		port = freePort();
		ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JAR).directory(checkout.toFile())
			.redirectErrorStream(true)
			.redirectOutput(checkout.resolve("service.log").toFile());
		builder.environment().put("PORT", String.valueOf(port));
		// the commands' own seed load uses ./data/postgres, which the service must not
		// hold
		builder.environment().put("NEWSGRAPH_EMBEDDED_DB_DIR", checkout.resolve("service-db").toString());
		service = builder.start();
		Instant deadline = Instant.now().plusSeconds(120);
		while (status("/actuator/health/readiness") != 200) {
			assertThat(Instant.now()).as("the service is ready within 120 s; see " + checkout.resolve("service.log"))
				.isBefore(deadline);
			assertThat(service.isAlive()).as(Files.readString(checkout.resolve("service.log"))).isTrue();
			Thread.sleep(250);
		}
	}

	@AfterAll
	static void stopTheService() throws InterruptedException {
		if (service != null) {
			service.destroy();
			if (!service.waitFor(30, TimeUnit.SECONDS)) {
				service.destroyForcibly();
			}
		}
	}

	@TestFactory
	Stream<DynamicTest> everyBlockRunsAsDocumented() throws IOException {
		List<Block> blocks = ReadmeBlocks.parse(Files.readString(Path.of("README.md")));
		assertThat(blocks).as("README blocks to run").hasSizeGreaterThan(10);
		return blocks.stream().map((block) -> DynamicTest.dynamicTest(block.title(), () -> run(block)));
	}

	private static void run(Block block) throws Exception {
		switch (block.kind()) {
			case SKIPPED -> Assumptions.abort("not run: " + block.directive());
			case FILE -> {
				Path file = checkout.resolve(block.directive().substring("file ".length()).strip());
				Files.createDirectories(file.getParent());
				Files.writeString(file, block.text());
			}
			case SHELL -> runShell(block);
			case GRAPHQL_EXAMPLE -> ReadmeBlocks.assertExcerpt(block.expected(), runQuery(block.text()));
		}
	}

	private static void runShell(Block block) throws Exception {
		if (block.directive().equals("needs npm") && !onPath("npm")) {
			Assumptions.assumeFalse(Boolean.parseBoolean(System.getenv("NEWSGRAPH_REQUIRE_NODE")),
					"npm is required (NEWSGRAPH_REQUIRE_NODE) but not on the PATH");
			Assumptions.abort("npm is not installed: apt-get install nodejs npm");
		}
		Path script = Files.createTempFile(checkout, "block", ".sh");
		Files.writeString(script, ReadmeBlocks.script(block.text(), port));
		Process process = new ProcessBuilder("bash", script.toString()).directory(checkout.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("exit status of\n%s\n---- output:\n%s", block.text(), output).isZero();
	}

	private static JsonNode runQuery(String query) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode body = json.readTree(response.body());
		assertThat(body.has("errors")).as(response.body()).isFalse();
		return body.get("data");
	}

	private static int status(String path) {
		try {
			return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(":")).anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

	private static URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
