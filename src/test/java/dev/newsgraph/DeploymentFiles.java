package dev.newsgraph;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the {@code Dockerfile} and {@code compose.yaml} tell the application, so
 * tests can run it the same way and check the files against the application.
 */
public final class DeploymentFiles {

	private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:-([^}]*))?}");

	private final Path root;

	private final List<String> dockerfile;

	private final JsonNode compose;

	public DeploymentFiles(Path root) throws IOException {
		this.root = root;
		// a line ending in a backslash goes on on the next one
		this.dockerfile = List.of(Files.readString(root.resolve("Dockerfile")).replace("\\\n", " ").split("\n"));
		// SnakeYAML resolves compose's anchors and aliases (the x- fields), which
		// Jackson's YAML parser would give back as the anchor's name
		try (Reader reader = Files.newBufferedReader(root.resolve("compose.yaml"))) {
			this.compose = JsonMapper.builder().build().valueToTree(new Yaml().load(reader));
		}
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

	/** The services of compose, every profile's. */
	List<String> composeServices() {
		return List.copyOf(this.compose.get("services").propertyNames());
	}

	/** The services built from this project's Dockerfile ({@code build: .}). */
	List<String> composeBuiltServices() {
		return composeServices().stream().filter((name) -> {
			JsonNode build = service(name).path("build");
			return build.isString() ? build.asString().equals(".") : build.path("context").asString("").equals(".");
		}).toList();
	}

	Optional<String> composeImage(String service) {
		return Optional.ofNullable(service(service).get("image")).map(JsonNode::asString);
	}

	/** The profiles a service belongs to: none for the services of a plain {@code up}. */
	List<String> composeProfiles(String service) {
		return strings(service(service).path("profiles"));
	}

	/** The services a service waits for, with the condition of each. */
	Map<String, String> composeDependsOn(String service) {
		Map<String, String> dependencies = new LinkedHashMap<>();
		service(service).path("depends_on")
			.properties()
			.forEach((entry) -> dependencies.put(entry.getKey(), entry.getValue().path("condition").asString("")));
		return dependencies;
	}

	List<String> composeEntrypoint(String service) {
		return strings(service(service).path("entrypoint"));
	}

	/**
	 * A service's volumes, mount point to source: a named volume, or a path relative to
	 * the project.
	 */
	Map<String, String> composeVolumes(String service) {
		Map<String, String> volumes = new LinkedHashMap<>();
		strings(service(service).path("volumes")).forEach((volume) -> {
			String[] parts = volume.split(":");
			volumes.put(parts[1], parts[0]);
		});
		return volumes;
	}

	/** The app service's environment, as {@link #composeEnvironment(String)} gives it. */
	Map<String, String> composeAppEnvironment() {
		return composeEnvironment("app");
	}

	/**
	 * A service's environment, with {@code ${VAR:-default}} resolved to the default.
	 */
	public Map<String, String> composeEnvironment(String service) {
		Map<String, String> environment = new LinkedHashMap<>();
		service(service).path("environment").properties().forEach((entry) -> {
			Matcher variable = COMPOSE_VARIABLE.matcher(entry.getValue().asString());
			environment.put(entry.getKey(), variable
				.replaceAll((match) -> Matcher.quoteReplacement((match.group(3) != null) ? match.group(3) : "")));
		});
		return environment;
	}

	/** Container ports the app service publishes. */
	List<Integer> composeAppContainerPorts() {
		return composePorts("app", true);
	}

	/** Ports a service publishes: the container's, or the host's. */
	List<Integer> composePorts(String service, boolean container) {
		List<Integer> ports = new ArrayList<>();
		strings(service(service).path("ports")).forEach((port) -> {
			String[] parts = port.split(":");
			ports.add(Integer.valueOf(parts[container ? parts.length - 1 : parts.length - 2]));
		});
		return ports;
	}

	/** A file of the project that a service mounts at a path, read. */
	String composeMountedFile(String service, String mountPoint) throws IOException {
		String source = composeVolumes(service).get(mountPoint);
		if (source == null || !source.startsWith("./")) {
			throw new IllegalArgumentException(service + " mounts no file of the project at " + mountPoint);
		}
		return Files.readString(this.root.resolve(source));
	}

	private JsonNode service(String name) {
		JsonNode service = this.compose.get("services").get(name);
		if (service == null) {
			throw new IllegalArgumentException("No service " + name + " in compose.yaml");
		}
		return service;
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach((item) -> strings.add(item.asString()));
		return strings;
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
