package dev.newsgraph.role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.DeploymentFiles;
import dev.newsgraph.NewsgraphApplication;
import dev.newsgraph.seed.SeedLoader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out topology of issue 19 on this machine: a primary and a hot standby, both
 * real PostgreSQL 18 (the standby made by a low-level base backup, streaming from a
 * replication slot), a writer on the primary and two readers on the standby. A reload on
 * the writer reaches both readers, and ends the cursors and ETags of the version before;
 * the standby stopped under a request loop gives clear errors and never a wrong answer
 * from the reader on it alone, none from the reader that falls back to the primary, and
 * serves again once started.
 */
class ReplicaTopologyIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final String ORGANIZATIONS = "{ organizations(first: 3, orderBy: {field: NAME, direction: ASC}) "
			+ "{ totalCount nodes { slug } } }";

	private static final String PAGE = "{ articles(first: 2) { nodes { slug } pageInfo { endCursor } } }";

	@TempDir
	static Path work;

	static EmbeddedPostgres primary;

	static List<String> standbyCommand;

	static Process standby;

	static int standbyPort;

	static ConfigurableApplicationContext writer;

	static List<ConfigurableApplicationContext> readers = new ArrayList<>();

	@BeforeAll
	static void startThePrimaryTheStandbyAWriterAndTwoReaders() throws Exception {
		Path primaryDir = work.resolve("primary");
		primary = EmbeddedPostgres.builder()
			.setDataDirectory(primaryDir)
			.setCleanDataDirectory(true)
			.setServerConfig("wal_level", "replica")
			.setServerConfig("max_wal_senders", "4")
			.start();
		Path standbyDir = work.resolve("standby");
		try (Connection connection = DriverManager.getConnection(primary.getJdbcUrl("postgres", "postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("select pg_create_physical_replication_slot('standby', true)");
			statement.execute("select pg_backup_start('standby', true)");
			copy(primaryDir, standbyDir);
			try (ResultSet stop = statement.executeQuery("select labelfile from pg_backup_stop(false)")) {
				stop.next();
				Files.writeString(standbyDir.resolve("backup_label"), stop.getString(1));
			}
		}
		Files.createDirectories(standbyDir.resolve("pg_wal/archive_status"));
		Files.setPosixFilePermissions(standbyDir, PosixFilePermissions.fromString("rwx------"));
		Files.writeString(standbyDir.resolve("standby.signal"), "");
		Files.writeString(standbyDir.resolve("postgresql.auto.conf"), """
				primary_conninfo = 'host=localhost port=%d user=postgres'
				primary_slot_name = 'standby'
				hot_standby = on
				hot_standby_feedback = on
				""".formatted(primary.getPort()));
		standbyPort = freePort();
		// the server binary the primary runs, as its data directory records it
		String postgres = Files.readString(primaryDir.resolve("postmaster.opts")).split(" ")[0];
		standbyCommand = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/unshare"))) {
			// as the embedded server does: PostgreSQL refuses to run as root, and a user
			// namespace makes root somebody else
			standbyCommand.addAll(List.of("/usr/bin/unshare", "-U"));
		}
		standbyCommand.addAll(List.of(postgres, "-D", standbyDir.toString(), "-p", String.valueOf(standbyPort), "-F",
				"-c", "timezone=UTC", "-c", "max_connections=300"));
		startTheStandby();

		Path seeds = work.resolve("seeds");
		FileSystemUtils.copyRecursively(Path.of("seeds"), seeds);
		writer = app(primary.getJdbcUrl("postgres", "postgres"), "writer", seeds);
		// one reader on the standby alone, and one as compose's profile scale runs them:
		// its role, and its URL's standby, primary and parameters, with this machine's
		// ports
		Map<String, String> composeReader = new DeploymentFiles(Path.of(".")).composeEnvironment("reader1");
		Matcher url = Pattern.compile("jdbc:postgresql://standby:5432,db:5432/newsgraph\\?(.+)")
			.matcher(composeReader.get("SPRING_DATASOURCE_URL"));
		assertThat(url.matches()).as(composeReader.get("SPRING_DATASOURCE_URL")).isTrue();
		String role = composeReader.get("NEWSGRAPH_ROLE");
		readers.add(app("jdbc:postgresql://localhost:" + standbyPort + "/postgres?user=postgres", role, seeds));
		readers.add(app("jdbc:postgresql://localhost:" + standbyPort + ",localhost:" + primary.getPort()
				+ "/postgres?user=postgres&" + url.group(1), role, seeds));
	}

	@AfterAll
	static void stopEverything() throws IOException {
		readers.forEach(ConfigurableApplicationContext::close);
		if (writer != null) {
			writer.close();
		}
		if (standby != null) {
			stopTheStandby();
		}
		if (primary != null) {
			primary.close();
		}
	}

	@Test
	void readersServeTheWritersReloadAndGiveClearErrorsWhileTheStandbyIsDown() throws Exception {
		JsonNode expected = answer(writer, ORGANIZATIONS).get("data");
		for (ConfigurableApplicationContext reader : readers) {
			awaitReady(reader);
			assertThat(answer(reader, ORGANIZATIONS).get("data")).isEqualTo(expected);
		}

		// a page and an ETag read before the reload; ETags agree across replicas
		String cursor = answer(readers.get(0), PAGE).at("/data/articles/pageInfo/endCursor").asString();
		assertThat(
				answer(readers.get(1), PAGE.replace("first: 2", "first: 2, after: \"" + cursor + "\"")).has("errors"))
			.isFalse();
		String etag = get(readers.get(0), "/graphql?query=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8)).headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(get(readers.get(1), "/graphql?query=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8), etag)
			.statusCode()).isEqualTo(304);

		// a reload on the writer: one article fewer
		reloadWithOneArticleFewer();
		JsonNode reloaded = answer(writer, "{ dataset { version counts { articles } } }").get("data");
		assertThat(reloaded.at("/dataset/counts/articles").asInt()).isEqualTo(3);
		for (ConfigurableApplicationContext reader : readers) {
			await(() -> reloaded.equals(answer(reader, "{ dataset { version counts { articles } } }").get("data")));
		}

		// the cursor and the ETag of the version before: refused, on either reader
		JsonNode stale = answer(readers.get(1), PAGE.replace("first: 2", "first: 2, after: \"" + cursor + "\""));
		assertThat(stale.at("/errors/0/extensions/classification").asString()).isEqualTo("STALE_CURSOR");
		HttpResponse<String> fresh = get(readers.get(1),
				"/graphql?query=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8), etag);
		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(fresh.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
		// the facets count over the reloaded version on the readers too
		String facets = "{ articles { facets { articles sources { count } } } }";
		for (ConfigurableApplicationContext reader : readers) {
			assertThat(answer(reader, facets)).isEqualTo(answer(writer, facets));
		}

		// a reader behind its primary: the standby's replay paused, the writer reloads
		// again; a cursor from the new version waits for it
		standbySql("select pg_wal_replay_pause()");
		reloadWithOneArticleFewer();
		String ahead = answer(writer, PAGE).at("/data/articles/pageInfo/endCursor").asString();
		String next = PAGE.replace("first: 2", "first: 2, after: \"" + ahead + "\"");
		JsonNode behind = answer(readers.get(0), next);
		assertThat(behind.at("/errors/0/extensions/classification").asString()).isEqualTo("STALE_CURSOR");
		assertThat(behind.at("/errors/0/message").asString()).endsWith("(a replica behind its primary); retry shortly");
		standbySql("select pg_wal_replay_resume()");
		await(() -> !answer(readers.get(0), next).has("errors"));

		// the standby stops and starts again under a loop of requests
		JsonNode served = answer(writer, ORGANIZATIONS).get("data");
		// requests in flight as it stops: their connections break mid-use
		CompletableFuture<Integer> fallingBack = CompletableFuture.supplyAsync(() -> {
			try {
				return requestsFor(Duration.ofSeconds(4), readers.get(1), served);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		Thread.sleep(500);
		stopTheStandby();
		assertThat(fallingBack.get()).as("errors from the reader that may fall back to the primary").isZero();
		assertThat(requestsFor(Duration.ofSeconds(4), readers.get(0), served))
			.as("errors from the reader on the standby alone")
			.isPositive();
		startTheStandby();
		await(() -> served.equals(answer(readers.get(0), ORGANIZATIONS).get("data")));
	}

	/**
	 * Requests in a loop: every answer is the one expected or a clear {@code UNAVAILABLE}
	 * error.
	 * @return how many were errors
	 */
	private static int requestsFor(Duration duration, ConfigurableApplicationContext reader, JsonNode expected)
			throws Exception {
		int errors = 0;
		Instant end = Instant.now().plus(duration);
		while (Instant.now().isBefore(end)) {
			JsonNode answer = answer(reader, ORGANIZATIONS);
			if (answer.has("errors")) {
				errors++;
				assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("UNAVAILABLE");
				assertThat(answer.toString()).doesNotContain("Exception");
			}
			else {
				assertThat(answer.get("data")).isEqualTo(expected);
			}
		}
		return errors;
	}

	/**
	 * Deletes the first article of the seed folder and loads the folder on the writer.
	 */
	private static void reloadWithOneArticleFewer() throws IOException {
		try (Stream<Path> files = Files.list(work.resolve("seeds/articles"))) {
			String first = files.map(Path::toString)
				.filter((name) -> name.endsWith(".txt"))
				.sorted()
				.findFirst()
				.orElseThrow();
			Files.delete(Path.of(first));
			Files.delete(Path.of(first.replace(".txt", ".yaml")));
		}
		writer.getBean(SeedLoader.class).loadIfChanged(work.resolve("seeds"));
	}

	private static void standbySql(String sql) throws Exception {
		try (Connection connection = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + standbyPort + "/postgres?user=postgres");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static ConfigurableApplicationContext app(String url, String role, Path seeds) {
		// as arguments: they come before application.yml, whose defaults would win over
		// default properties
		return new SpringApplicationBuilder(NewsgraphApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--newsgraph.role=" + role,
				"--newsgraph.seed.dir=" + seeds, "--newsgraph.graphql.budget.enabled=false",
				"--spring.main.banner-mode=off");
	}

	private static void startTheStandby() throws Exception {
		standby = new ProcessBuilder(standbyCommand).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/replica-standby.log").toFile()))
			.start();
		await(() -> {
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://localhost:" + standbyPort + "/postgres?user=postgres");
					ResultSet recovery = connection.createStatement().executeQuery("select pg_is_in_recovery()")) {
				return recovery.next() && recovery.getBoolean(1);
			}
			catch (Exception ex) {
				return false;
			}
		});
	}

	/**
	 * A fast shutdown (SIGINT): the readers' pooled connections would hold off a smart
	 * one (SIGTERM) for ever.
	 */
	private static void stopTheStandby() {
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(standby.pid())).start().waitFor();
			if (!standby.waitFor(30, TimeUnit.SECONDS)) {
				standby.destroyForcibly().waitFor();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitReady(ConfigurableApplicationContext app) throws Exception {
		await(() -> get(app, "/actuator/health/readiness").statusCode() == 200);
	}

	private static JsonNode answer(ConfigurableApplicationContext app, String query) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(app, "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query))))
			.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(response.body());
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(app, path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String ifNoneMatch)
			throws Exception {
		return http.send(HttpRequest.newBuilder(uri(app, path)).header("If-None-Match", ifNoneMatch).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext app, String path) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	interface Condition {

		boolean holds() throws Exception;

	}

	private static void await(Condition condition) throws Exception {
		Instant deadline = Instant.now().plusSeconds(60);
		while (!condition.holds()) {
			assertThat(Instant.now()).as("waited 60 s").isBefore(deadline);
			Thread.sleep(200);
		}
	}

	/** The primary's files for the standby, but those a base backup leaves out. */
	private static void copy(Path from, Path to) throws IOException {
		List<String> left = List.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label");
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path relative = from.relativize(file);
				Path target = to.resolve(relative.toString());
				boolean inside = relative.startsWith("pg_wal") || relative.startsWith("pg_replslot")
						|| relative.startsWith("pg_stat_tmp");
				if (Files.isDirectory(file)) {
					if (!inside || relative.getNameCount() == 1) {
						Files.createDirectories(target);
					}
				}
				else if (!inside && !left.contains(relative.toString())) {
					try {
						Files.copy(file, target);
					}
					catch (NoSuchFileException gone) {
						// a temporary file removed while copying: the WAL replays what
						// matters
					}
				}
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
