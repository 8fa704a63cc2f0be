package dev.newsgraph.http;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node.js for the tests that run npm packages against the service: skipped without it,
 * unless {@code NEWSGRAPH_REQUIRE_NODE=true} (as {@code .ci/run} sets), then failed.
 */
final class NodeTool {

	private NodeTool() {
	}

	static void require() {
		if (onPath("node") && onPath("npm")) {
			return;
		}
		Assumptions.assumeFalse(Boolean.parseBoolean(System.getenv("NEWSGRAPH_REQUIRE_NODE")),
				"Node.js is required (NEWSGRAPH_REQUIRE_NODE) but not on the PATH");
		Assumptions.abort("Node.js is not installed: apt-get install nodejs npm");
	}

	/** Runs a command in a folder and returns its output; fails on a non-zero exit. */
	static String run(Path dir, Map<String, String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as("%s%n%s", String.join(" ", command), output).isZero();
		return output;
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(":")).anyMatch((dir) -> Files.isExecutable(Path.of(dir, command)));
	}

}
