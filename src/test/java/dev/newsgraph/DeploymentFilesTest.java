package dev.newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
		assertThat(this.files.composeBuiltServices()).contains("app", "reader1", "reader2");
		for (String service : this.files.composeBuiltServices()) {
			assertThat(this.files.composeEnvironment(service).keySet()).as(service).isSubsetOf(read);
		}
		assertThat(this.files.dockerfileEnvironment().keySet()).isSubsetOf(read);
	}

	@Test
	void aPlainUpRunsTheDatabaseAndTheWriterOnly() {
		List<String> plain = this.files.composeServices()
			.stream()
			.filter((service) -> this.files.composeProfiles(service).isEmpty())
			.toList();
		assertThat(plain).containsExactlyInAnyOrder("db", "app");
		assertThat(this.files.composeAppEnvironment()).doesNotContainKey("NEWSGRAPH_ROLE")
			.containsKey("SPRING_FLYWAY_USER");
	}

	@Test
	void theReadersReadTheStandbyFirstAndNeverMigrate() {
		Map<String, String> writer = this.files.composeAppEnvironment();
		assertThat(readers()).containsExactlyInAnyOrder("reader1", "reader2");
		for (String reader : readers()) {
			Map<String, String> environment = this.files.composeEnvironment(reader);
			assertThat(environment).as(reader)
				.containsEntry("NEWSGRAPH_ROLE", "reader")
				.containsEntry("SPRING_DATASOURCE_USERNAME", writer.get("SPRING_DATASOURCE_USERNAME"))
				.containsEntry("SPRING_DATASOURCE_PASSWORD", writer.get("SPRING_DATASOURCE_PASSWORD"));
			// the owner's credentials stay with the writer, which alone migrates
			assertThat(environment.keySet()).as(reader).noneMatch((name) -> name.startsWith("SPRING_FLYWAY_"));
			assertThat(environment.get("SPRING_DATASOURCE_URL")).as(reader)
				.matches(
						"jdbc:postgresql://standby:5432,db:5432/newsgraph\\?(.*&)?targetServerType=preferSecondary(&.*)?");
			assertThat(this.files.composeDependsOn(reader)).as(reader)
				.containsEntry("standby", "service_healthy")
				.containsEntry("app", "service_healthy");
		}
	}

	@Test
	void theStandbyIsDbsOwnPostgresqlOnItsOwnVolume() {
		// physical replication needs the same major version
		assertThat(this.files.composeImage("standby")).isPresent().isEqualTo(this.files.composeImage("db"));
		assertThat(this.files.composeProfiles("standby")).containsExactly("scale");
		Map<String, String> db = this.files.composeVolumes("db");
		Map<String, String> standby = this.files.composeVolumes("standby");
		assertThat(standby).containsKey("/var/lib/postgresql");
		assertThat(standby.get("/var/lib/postgresql")).doesNotStartWith(".")
			.isNotEqualTo(db.get("/var/lib/postgresql"));
		assertThat(this.files.composeEnvironment("standby").get("NEWSGRAPH_REPLICATION_PASSWORD")).isNotBlank()
			.isEqualTo(this.files.composeEnvironment("db").get("NEWSGRAPH_REPLICATION_PASSWORD"));
	}

	@Test
	void theStandbyCopiesDbAsTheRoleAndThroughTheLineThePrimaryMakes() throws IOException {
		String primary = Files.readString(Path.of("docker/initdb/20-replication.sh"));
		String standby = this.files.composeMountedFile("standby", this.files.composeEntrypoint("standby").get(0));
		assertThat(this.files.composeVolumes("db")).containsEntry("/docker-entrypoint-initdb.d", "./docker/initdb");

		String role = group(primary, "create role (\\w+) with replication login password :'replication_password'");
		assertThat(
				group(primary, "(?m)^echo \"host replication (\\w+) all scram-sha-256\" >> \"\\$PGDATA/pg_hba.conf\"$"))
			.isEqualTo(role);
		assertThat(primary).contains("-v replication_password=\"$NEWSGRAPH_REPLICATION_PASSWORD\"");

		String backup = group(standby, "(?m)^\\s*as_postgres (pg_basebackup .*)$");
		assertThat(group(backup, " -h (\\S+)")).isEqualTo("db");
		assertThat(group(backup, " -U (\\S+)")).isEqualTo(role);
		assertThat(backup).contains(" -D \"$PGDATA\"", " -R", " -X stream", " -C");
		String slot = group(backup, " -S (\\S+)");
		// the slot a standby made before and left behind, dropped as the same role
		assertThat(group(standby, "DROP_REPLICATION_SLOT (\\w+)")).isEqualTo(slot);
		assertThat(group(standby, "user=(\\w+) replication=true")).isEqualTo(role);
		assertThat(group(standby, "PGPASSWORD=\"\\$\\{NEWSGRAPH_REPLICATION_PASSWORD:-([^}]*)}\""))
			.isEqualTo(this.files.composeEnvironment("standby").get("NEWSGRAPH_REPLICATION_PASSWORD"));
		assertThat(standby).contains("exec docker-entrypoint.sh postgres -c hot_standby=on -c hot_standby_feedback=on");
	}

	@Test
	void theProxySpreadsRequestsOverTheReadersOnTheAppsPort() throws IOException {
		String nginx = this.files.composeMountedFile("proxy", "/etc/nginx/nginx.conf");
		int port = this.files.composeAppContainerPorts().get(0);
		Matcher upstream = Pattern.compile("upstream readers \\{([^}]*)}").matcher(nginx);
		assertThat(upstream.find()).isTrue();
		List<String> servers = new ArrayList<>();
		Matcher server = Pattern.compile("(?m)^\\s*server\\s+(\\S+?)[;\\s]").matcher(upstream.group(1));
		while (server.find()) {
			servers.add(server.group(1));
		}
		assertThat(servers)
			.containsExactlyInAnyOrderElementsOf(readers().stream().map((reader) -> reader + ":" + port).toList());
		assertThat(nginx).contains("proxy_pass http://readers;")
			.containsPattern("proxy_next_upstream error timeout http_502 http_503\\b");
		assertThat(group(nginx, "(?m)^\\s*listen (\\d+);"))
			.isEqualTo(String.valueOf(this.files.composePorts("proxy", true).get(0)));
		assertThat(this.files.composeDependsOn("proxy")).containsOnlyKeys(readers());
	}

	@Test
	void noTwoServicesPublishTheSameHostPort() {
		List<Integer> ports = this.files.composeServices()
			.stream()
			.flatMap((service) -> this.files.composePorts(service, false).stream())
			.toList();
		assertThat(ports).contains(8080, 8081).doesNotHaveDuplicates();
	}

	@Test
	void theScriptsAreExecutableInGitAndParse() throws Exception {
		Process listing = new ProcessBuilder("git", "ls-files", "--stage", "--", "docker").start();
		List<String> scripts = new ArrayList<>();
		for (String line : new String(listing.getInputStream().readAllBytes()).lines().toList()) {
			// mode, object, stage, then a tab and the path
			String path = line.substring(line.indexOf('\t') + 1);
			if (path.endsWith(".sh")) {
				assertThat(line).as(path).startsWith("100755 ");
				scripts.add(path);
			}
		}
		assertThat(listing.waitFor()).isZero();
		assertThat(scripts).contains("docker/initdb/10-api-role.sh", "docker/initdb/20-replication.sh",
				"docker/scale/standby.sh");
		for (String script : scripts) {
			Process check = new ProcessBuilder("bash", "-n", script).redirectErrorStream(true).start();
			String output = new String(check.getInputStream().readAllBytes());
			assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(check.exitValue()).as(script + ": " + output).isZero();
		}
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
		// every service runs either an image, checked here, or the Dockerfile's, whose
		// FROMs are
		for (String service : this.files.composeServices()) {
			assertThat(
					this.files.composeImage(service).isPresent() || this.files.composeBuiltServices().contains(service))
				.as(service)
				.isTrue();
		}
		assertThat(this.files.images()).contains("postgres:18.1-bookworm", "nginx:1.29.3-alpine");
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

	/** The services built from the Dockerfile to run in the scale profile. */
	private List<String> readers() {
		return this.files.composeBuiltServices()
			.stream()
			.filter((service) -> this.files.composeProfiles(service).contains("scale"))
			.toList();
	}

	private static String group(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("/" + regex + "/ in:%n%s", text).isTrue();
		return matcher.group(1);
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
