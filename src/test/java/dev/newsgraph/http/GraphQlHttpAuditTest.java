package dev.newsgraph.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphQL-over-HTTP conformance audit of the {@code graphql-http} package (npm), run
 * with Node.js against the running service: every MUST and every SHOULD passes. Needs
 * {@code node} and {@code npm}; CI requires them ({@code NEWSGRAPH_REQUIRE_NODE}).
 */
@IntegrationTest
class GraphQlHttpAuditTest {

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyMustAndEveryShouldOfTheAuditPasses() throws Exception {
		if (!onPath("node") || !onPath("npm")) {
			Assumptions.assumeFalse(Boolean.parseBoolean(System.getenv("NEWSGRAPH_REQUIRE_NODE")),
					"Node.js is required (NEWSGRAPH_REQUIRE_NODE) but not on the PATH");
			Assumptions.abort("Node.js is not installed: apt-get install nodejs npm");
		}
		Path dir = Path.of("target/graphql-http-audit");
		Files.createDirectories(dir);
		for (String file : List.of("package.json", "audit.mjs")) {
			Files.copy(Path.of("src/test/resources/audit", file), dir.resolve(file),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(dir.resolve("node_modules/graphql-http"))) {
			assertThat(run(dir, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error")).isNotNull();
		}
		String output = run(dir, "node", "audit.mjs", "http://localhost:" + this.port + "/graphql");
		List<JsonNode> results = output.lines().filter((line) -> line.startsWith("{")).map(json::readTree).toList();
		System.out.println("graphql-http audit: " + results.size() + " checks");
		results.forEach((result) -> System.out
			.println("  " + result.path("status").asString() + "  " + result.path("name").asString()));
		assertThat(results).hasSizeGreaterThan(50);
		List<String> failed = new ArrayList<>();
		for (JsonNode result : results) {
			if (!result.path("status").asString().equals("ok") && !result.path("name").asString().startsWith("MAY")) {
				failed.add(result.path("name").asString() + ": " + result.path("reason").asString());
			}
		}
		assertThat(failed).as("audit checks that did not pass").isEmpty();
	}

	private static String run(Path dir, String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
		return output;
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(":")).anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

}
