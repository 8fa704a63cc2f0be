package dev.newsgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads what the {@code Dockerfile} and {@code compose.yaml} tell the application, so
 * tests can run it the same way and check the files against the application.
 */
final class DeploymentFiles {

	private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:-([^}]*))?}");

	private final List<String> dockerfile;

	private final JsonNode compose;

	DeploymentFiles(Path root) throws IOException {
		// a line ending in a backslash goes on on the next one
		this.dockerfile = List.of(Files.readString(root.resolve("Dockerfile")).replace("\\\n", " ").split("\n"));
		this.compose = YAMLMapper.builder().build().readTree(root.resolve("compose.yaml").toFile());
	}

	/** The final stage's ENTRYPOINT, in exec form. */
	List<String> entrypoint() {
		List<String> entrypoint = new ArrayList<>();
		JsonMapper.builder()
			.build()
			.readTree(instructions("ENTRYPOINT").get(instructions("ENTRYPOINT").size() - 1))
			.forEach((arg) -> entrypoint.add(arg.asString()));
		return entrypoint;
	}

	/** ENV of the final stage. */
	Map<String, String> dockerfileEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		for (String env : instructions("ENV")) {
			Matcher pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\\S*)").matcher(env);
			while (pair.find()) {
				environment.put(pair.group(1), pair.group(2));
			}
		}
		return environment;
	}

	List<Integer> exposedPorts() {
		return instructions("EXPOSE").stream().map(Integer::valueOf).toList();
	}

	String healthcheck() {
		return String.join(" ", instructions("HEALTHCHECK"));
	}

	/** Every image: each FROM of the Dockerfile and each image of compose. */
	List<String> images() {
		List<String> images = new ArrayList<>();
		instructions("FROM").forEach((from) -> images.add(from.split("\\s+")[0]));
		this.compose.get("services").forEach((service) -> {
			if (service.has("image")) {
				images.add(service.get("image").asString());
			}
		});
		return images;
	}

	/**
	 * The app service's environment, with {@code ${VAR:-default}} resolved to the
	 * default.
	 */
	Map<String, String> composeAppEnvironment() {
		Map<String, String> environment = new LinkedHashMap<>();
		this.compose.get("services").get("app").get("environment").properties().forEach((entry) -> {
			Matcher variable = COMPOSE_VARIABLE.matcher(entry.getValue().asString());
			environment.put(entry.getKey(), variable
				.replaceAll((match) -> Matcher.quoteReplacement((match.group(3) != null) ? match.group(3) : "")));
		});
		return environment;
	}

	/** Container ports the app service publishes. */
	List<Integer> composeAppContainerPorts() {
		List<Integer> ports = new ArrayList<>();
		this.compose.get("services").get("app").get("ports").forEach((port) -> {
			String[] parts = port.asString().split(":");
			ports.add(Integer.valueOf(parts[parts.length - 1]));
		});
		return ports;
	}

	/** Arguments of the final stage's instructions of one kind. */
	private List<String> instructions(String keyword) {
		int lastFrom = 0;
		for (int i = 0; i < this.dockerfile.size(); i++) {
			if (this.dockerfile.get(i).startsWith("FROM ") && !keyword.equals("FROM")) {
				lastFrom = i;
			}
		}
		List<String> found = new ArrayList<>();
		for (int i = lastFrom; i < this.dockerfile.size(); i++) {
			String line = this.dockerfile.get(i).strip();
			if (line.startsWith(keyword + " ")) {
				found.add(line.substring(keyword.length() + 1).strip());
			}
		}
		return found;
	}

}
