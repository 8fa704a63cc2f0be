package dev.newsgraph.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
		NodeTool.require();
		Path dir = Path.of("target/graphql-http-audit");
		Files.createDirectories(dir);
		for (String file : List.of("package.json", "audit.mjs")) {
			Files.copy(Path.of("src/test/resources/audit", file), dir.resolve(file),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(dir.resolve("node_modules/graphql-http"))) {
			assertThat(NodeTool.run(dir, Map.of(), "npm", "install", "--no-audit", "--no-fund", "--loglevel=error"))
				.isNotNull();
		}
		String output = NodeTool.run(dir, Map.of(), "node", "audit.mjs", "http://localhost:" + this.port + "/graphql");
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

}
