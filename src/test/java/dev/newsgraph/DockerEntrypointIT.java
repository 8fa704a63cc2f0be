package dev.newsgraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The image's start, without a Docker engine: the packaged jar is extracted into layers
 * as the Dockerfile does, and its ENTRYPOINT runs with the Dockerfile's ENV and compose's
 * app environment, against a separate PostgreSQL server set up as compose sets up its own
 * (owner, read-only API role). Runs in {@code ./mvnw verify}, after {@code package}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerEntrypointIT {

	private static final String OWNER_PASSWORD = "owner-it-password";

	private static final String API_PASSWORD = "api-it-password";

	@TempDir
	static Path work;

	static int databasePort;

	static EmbeddedPostgres database;

	static Process app;

	static int port;

	static Path log;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@BeforeAll
	static void startDatabaseAndApp() throws Exception {
		databasePort = freePort();
		database = startDatabase();
		// what compose's postgres image does on first start: owner, database, API role
		JdbcClient superuser = JdbcClient.create(database.getPostgresDatabase());
		superuser.sql("create role newsgraph_owner login password '" + OWNER_PASSWORD + "'").update();
		superuser.sql("create database newsgraph owner newsgraph_owner").update();
		String apiRole = Files.readString(Path.of("docker/api-role.sql"))
			.replace(":'api_password'", "'" + API_PASSWORD + "'");
		try (Connection connection = database.getDatabase("postgres", "newsgraph").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(apiRole);
		}

		DeploymentFiles files = new DeploymentFiles(Path.of("."));
		Path image = extractImage();
		port = freePort();
		Map<String, String> environment = new HashMap<>();
		files.dockerfileEnvironment()
			.forEach((name, value) -> environment.put(name, value.replace("/app", image.toString())));
		files.composeAppEnvironment()
			.forEach((name, value) -> environment.put(name,
					value.replace("//db:5432/", "//localhost:" + databasePort + "/")));
		assertThat(environment).containsEntry("SPRING_DATASOURCE_PASSWORD", "newsgraph-api-dev");
		// compose's development passwords stand for whatever the operator sets; here the
		// test's
		environment.put("SPRING_DATASOURCE_PASSWORD", API_PASSWORD);
		environment.put("SPRING_FLYWAY_PASSWORD", OWNER_PASSWORD);
		environment.put("PORT", String.valueOf(port));

		List<String> command = new ArrayList<>(files.entrypoint());
		command.set(0, javaExecutable());
		log = work.resolve("app.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(image.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		app = builder.start();
	}

	@AfterAll
	static void stop() throws IOException {
		if (app != null && app.isAlive()) {
			app.destroyForcibly();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void becomesLiveThenReadyWithTheDatasetLoaded() throws Exception {
		waitFor("/actuator/health/liveness", 200, Duration.ofSeconds(120));
		waitFor("/actuator/health/readiness", 200, Duration.ofSeconds(60));
		assertThat(get("/actuator/health/readiness").body()).contains("\"dataset\"", "\"db\"");
		HttpResponse<String> dataset = graphql("{ dataset { version counts { articles quotes } } }");
		assertThat(dataset.body()).contains("\"articles\":4", "\"quotes\":18");
		assertThat(graphql("{ organization(slug: \"huawei\") { quotes { totalCount } } }").body())
			.contains("\"totalCount\":10");
		assertThat(get("/actuator/info").body()).contains("\"dataset\"", "\"version\"", "\"build\"");
		assertThat(get("/actuator/prometheus").body()).contains("graphql_request_seconds",
				"hikaricp_connections_active");
		assertThat(Files.readString(log)).contains("Database: external PostgreSQL from spring.datasource.url");
	}

	@Test
	@Order(2)
	void theApiRoleCanReadButNeverWrite() throws Exception {
		JdbcClient api = JdbcClient.create(apiDataSource());
		assertThat(api.sql("select count(*) from articles").query(Integer.class).single()).isEqualTo(4);
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> api.sql("insert into sources (slug, name) values ('x', 'X')").update())
			.withMessageContaining("read-only transaction");
		try (Connection connection = apiDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			// a session that turns read-only off still has no grant to write
			statement.execute("set default_transaction_read_only = off");
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> statement.execute("delete from sources"))
				.withMessageContaining("permission denied");
		}
	}

	@Test
	@Order(3)
	void readinessFollowsTheDatabaseWhileLivenessStaysUp() throws Exception {
		database.close();
		waitFor("/actuator/health/readiness", 503, Duration.ofSeconds(30));
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		HttpResponse<String> query = graphql("{ articles { totalCount } }");
		assertThat(query.body()).contains("The database is unavailable; try again shortly", "UNAVAILABLE")
			.doesNotContain("Exception", "at org.");
		database = startDatabase();
		waitFor("/actuator/health/readiness", 200, Duration.ofSeconds(30));
		assertThat(graphql("{ articles { totalCount } }").body()).contains("\"totalCount\":4");
	}

	@Test
	@Order(4)
	void sigtermDrainsTheRequestInFlightAndExitsZero() throws Exception {
		CompletableFuture<HttpResponse<String>> inFlight;
		try (Connection locker = database.getDatabase("postgres", "newsgraph").getConnection();
				Statement statement = locker.createStatement()) {
			locker.setAutoCommit(false);
			statement.execute("lock table articles in access exclusive mode");
			inFlight = http.sendAsync(graphqlRequest("{ articles { totalCount } }"),
					HttpResponse.BodyHandlers.ofString());
			Thread.sleep(1000);
			app.destroy(); // SIGTERM
			Thread.sleep(1000);
			assertThat(inFlight).isNotDone();
			locker.rollback();
		}
		HttpResponse<String> drained = inFlight.get(30, TimeUnit.SECONDS);
		assertThat(drained.statusCode()).isEqualTo(200);
		assertThat(drained.body()).contains("\"totalCount\":4");
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(app.exitValue()).isZero();
		assertThat(Files.readString(log)).contains("SIGTERM: draining requests and stopping");
	}

	/** The Dockerfile's COPY of each Boot layer into /app, here into one folder. */
	private static Path extractImage() throws Exception {
		Path jar;
		try (Stream<Path> jars = Files.list(Path.of("target"))) {
			jar = jars.filter((path) -> path.getFileName().toString().matches("newsgraph-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("run after package: no target/newsgraph-*.jar"));
		}
		Path extracted = work.resolve("extracted");
		Process extract = new ProcessBuilder(javaExecutable(), "-Djarmode=tools", "-jar",
				jar.toAbsolutePath().toString(), "extract", "--layers", "--launcher", "--destination",
				extracted.toString())
			.inheritIO()
			.start();
		assertThat(extract.waitFor()).isZero();
		Path app = work.resolve("app");
		for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
			if (Files.isDirectory(extracted.resolve(layer))) {
				FileSystemUtils.copyRecursively(extracted.resolve(layer), app);
			}
		}
		FileSystemUtils.copyRecursively(Path.of("seeds"), app.resolve("seeds"));
		return app.toAbsolutePath();
	}

	/** The image runs a JRE 25; use a JDK 25 when this machine has one, else this JVM. */
	private static String javaExecutable() {
		Path java25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
		return Files.isExecutable(java25) ? java25.toString()
				: Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static EmbeddedPostgres startDatabase() throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(databasePort)
			.start();
	}

	private static javax.sql.DataSource apiDataSource() {
		org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
		dataSource.setUrl("jdbc:postgresql://localhost:" + databasePort + "/newsgraph");
		dataSource.setUser("newsgraph_api");
		dataSource.setPassword(API_PASSWORD);
		return dataSource;
	}

	private static void waitFor(String path, int status, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		int last = -1;
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app is running; its log: %s", log).isTrue();
			try {
				last = get(path).statusCode();
				if (last == status) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError(path + " did not answer " + status + " within " + timeout + " (last " + last
				+ "); log:\n" + Files.readString(log));
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> graphql(String query) throws Exception {
		return http.send(graphqlRequest(query), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest graphqlRequest(String query) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}"))
			.build();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
