package dev.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What can only be checked statically here, with no Docker engine: the Dockerfile and
 * compose.yaml agree with the application and with each other.
 */
class DeploymentFilesTest {

	private final DeploymentFiles files = new DeploymentFiles(Path.of("."));

	DeploymentFilesTest() throws IOException {
	}

	@Test
	void everyVariableTheyGiveTheApplicationIsOneItReads() throws IOException {
		Set<String> read = variablesTheApplicationReads();
		assertThat(this.files.composeAppEnvironment().keySet()).isSubsetOf(read);
		assertThat(this.files.dockerfileEnvironment().keySet()).isSubsetOf(read);
	}

	@Test
	void thePortsAgree() throws IOException {
		String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
		Matcher serverPort = Pattern.compile("port: \\$\\{PORT:(\\d+)}").matcher(yaml);
		assertThat(serverPort.find()).isTrue();
		int port = Integer.parseInt(serverPort.group(1));
		assertThat(this.files.exposedPorts()).containsExactly(port);
		assertThat(this.files.composeAppContainerPorts()).containsExactly(port);
		assertThat(this.files.dockerfileEnvironment()).containsEntry("PORT", String.valueOf(port));
		assertThat(this.files.healthcheck()).contains("/dev/tcp/127.0.0.1/" + port, "/actuator/health/readiness");
	}

	@Test
	void everyImageIsPinnedToAVersion() {
		assertThat(this.files.images()).isNotEmpty().allSatisfy((image) -> {
			assertThat(image).contains(":").doesNotEndWith(":latest");
			assertThat(image.substring(image.indexOf(':') + 1)).matches("\\d+(\\.\\d+)+.*");
		});
	}

	@Test
	void theImageRunsTheExtractedLayersAsNonRoot() throws IOException {
		String dockerfile = Files.readString(Path.of("Dockerfile"));
		assertThat(dockerfile).contains("USER newsgraph", "extract --layers --launcher");
		assertThat(this.files.entrypoint()).contains("org.springframework.boot.loader.launch.JarLauncher");
		assertThat(Files.readString(Path.of(".dockerignore")).lines()).contains(".git", "data/", "target/");
	}

	/**
	 * The {@code ${NAME:default}} placeholders of application.yml, and the environment
	 * form of every property Spring Boot documents in its configuration metadata (such as
	 * {@code SPRING_FLYWAY_USER}), which relaxed binding reads.
	 */
	private static Set<String> variablesTheApplicationReads() throws IOException {
		Set<String> names = new HashSet<>();
		Matcher placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*):")
			.matcher(Files.readString(Path.of("src/main/resources/application.yml")));
		while (placeholder.find()) {
			names.add(placeholder.group(1));
		}
		JsonMapper json = JsonMapper.builder().build();
		for (URL metadata : Collections.list(DeploymentFilesTest.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = metadata.openStream()) {
				json.readTree(in)
					.path("properties")
					.forEach((property) -> names
						.add(property.get("name").asString().replaceAll("[.\\-]", "_").toUpperCase()));
			}
		}
		return names;
	}

}
