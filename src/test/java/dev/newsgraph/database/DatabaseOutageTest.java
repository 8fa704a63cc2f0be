package dev.newsgraph.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jetty.JettyWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL server stops under the running service while clients keep sending
 * requests: each request fails fast with an {@code UNAVAILABLE} GraphQL error, the
 * request threads do not pile up, and once the server is back the service answers again,
 * without a restart. An external server is started again by its operator (here, the
 * test); the embedded one by the service itself.
 */
class DatabaseOutageTest {

	/**
	 * The pool's connection timeout (3 s) bounds a request's wait, with room for a slow
	 * machine.
	 */
	private static final Duration FAIL_FAST = Duration.ofSeconds(6);

	private static final int CLIENTS = 16;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@TempDir
	Path data;

	@Test
	void anExternalServerThatStopsAndComesBack() throws Exception {
		EmbeddedPostgres server = start(this.data, 0);
		int pgPort = server.getPort();
		JdbcClient.create(server.getPostgresDatabase()).sql("create database outage").update();
		try (ConfigurableApplicationContext context = service(
				"--spring.datasource.url=jdbc:postgresql://localhost:" + pgPort + "/outage",
				"--spring.datasource.username=postgres", "--newsgraph.embedded-db.dir=");
				Traffic traffic = new Traffic(context)) {
			traffic.warmUp();

			server.close();
			Instant stopped = Instant.now();
			assertThat(traffic.untilUnavailable()).isLessThan(FAIL_FAST);
			assertThat(status(port(context), "/actuator/health/readiness")).isEqualTo(503);
			assertThat(status(port(context), "/actuator/health/liveness")).isEqualTo(200);
			Thread.sleep(2 * FAIL_FAST.toMillis());
			traffic
				.report("external, server stopped for " + Duration.between(stopped, Instant.now()).toSeconds() + " s");
			traffic.assertFailedFastAndDidNotPileUp();

			server = start(this.data, pgPort);
			assertThat(traffic.untilAnswered()).isLessThan(Duration.ofSeconds(30));
			assertThat(status(port(context), "/actuator/health/readiness")).isEqualTo(200);
		}
		finally {
			server.close();
		}
	}

	@Test
	void theEmbeddedServerIsStartedAgainByTheService() throws Exception {
		try (ConfigurableApplicationContext context = service("--newsgraph.embedded-db.dir=" + this.data);
				Traffic traffic = new Traffic(context)) {
			traffic.warmUp();

			ProcessHandle postmaster = EmbeddedPostgresServer.runningPostmaster(this.data).orElseThrow();
			// a crash: the server gets no chance to shut down
			postmaster.destroyForcibly();
			postmaster.onExit().get(10, TimeUnit.SECONDS);
			Duration back = traffic.untilAnswered();
			traffic.report("embedded, server killed, answering again after " + back.toMillis() + " ms");
			assertThat(back).isLessThan(Duration.ofSeconds(60));
			traffic.assertFailedFastAndDidNotPileUp();
			assertThat(EmbeddedPostgresServer.runningPostmaster(this.data))
				.hasValueSatisfying((restarted) -> assertThat(restarted.pid()).isNotEqualTo(postmaster.pid()));
			assertThat(status(port(context), "/actuator/health/readiness")).isEqualTo(200);
		}
	}

	private static ConfigurableApplicationContext service(String... args) {
		String[] all = Stream.concat(Arrays.stream(args), Stream.of("--server.port=0")).toArray(String[]::new);
		return new SpringApplicationBuilder(NewsgraphApplication.class).run(all);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static EmbeddedPostgres start(Path data, int port) throws Exception {
		return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
	}

	private static int status(int port, String path) throws Exception {
		return http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/** One answer as a client saw it. */
	record Answer(Instant sent, Duration took, int status, String outcome) {
	}

	/**
	 * {@value #CLIENTS} clients sending a page of articles in a loop, each waiting for
	 * its answer; the service's request threads are sampled as they go.
	 */
	static final class Traffic implements AutoCloseable {

		private final int port;

		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

		private final IntSupplier busyRequestThreads;

		private final AtomicInteger peakRequestThreads = new AtomicInteger();

		private volatile boolean running = true;

		private int requestThreadsBefore;

		Traffic(ConfigurableApplicationContext context) {
			this.port = port(context);
			// this service's request threads at work (other test contexts run servers of
			// their own); Jetty's selectors and acceptors lease threads that do not count
			QueuedThreadPool threads = (QueuedThreadPool) ((JettyWebServer) ((WebServerApplicationContext) context)
				.getWebServer()).getServer().getThreadPool();
			this.busyRequestThreads = threads::getUtilizedThreads;
			for (int i = 0; i < CLIENTS; i++) {
				this.clients.submit(this::sendUntilClosed);
			}
		}

		private void sendUntilClosed() {
			while (this.running) {
				Instant sent = Instant.now();
				try {
					HttpResponse<String> response = http
						.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers
								.ofString("{\"query\":\"{ articles(first: 10) { nodes { slug } } }\"}"))
							.build(), HttpResponse.BodyHandlers.ofString());
					this.answers.add(new Answer(sent, Duration.between(sent, Instant.now()), response.statusCode(),
							outcome(response.body())));
				}
				catch (Exception ex) {
					this.answers
						.add(new Answer(sent, Duration.between(sent, Instant.now()), 0, ex.getClass().getSimpleName()));
				}
				this.peakRequestThreads.accumulateAndGet(this.busyRequestThreads.getAsInt(), Math::max);
			}
		}

		private static String outcome(String body) {
			if (body.contains("\"slug\":\"") && !body.contains("\"errors\"")) {
				return "answered";
			}
			if (body.contains("\"classification\":\"UNAVAILABLE\"")
					&& body.contains("The database is unavailable; try again shortly")) {
				return "UNAVAILABLE";
			}
			return body;
		}

		void warmUp() throws InterruptedException {
			Thread.sleep(2000);
			assertThat(this.answers).isNotEmpty()
				.allSatisfy((answer) -> assertThat(answer.outcome()).isEqualTo("answered"));
			this.requestThreadsBefore = this.busyRequestThreads.getAsInt();
			this.peakRequestThreads.set(this.requestThreadsBefore);
			this.answers.clear();
		}

		Duration untilUnavailable() throws InterruptedException {
			return until("UNAVAILABLE");
		}

		Duration untilAnswered() throws InterruptedException {
			return until("answered");
		}

		private Duration until(String outcome) throws InterruptedException {
			Instant start = Instant.now();
			while (this.answers.stream()
				.noneMatch(
						(answer) -> answer.outcome().equals(outcome) && answer.sent().isAfter(start.minusSeconds(1)))) {
				if (Duration.between(start, Instant.now()).toSeconds() > 90) {
					break;
				}
				Thread.sleep(50);
			}
			return Duration.between(start, Instant.now());
		}

		void report(String what) {
			Map<String, Long> outcomes = this.answers.stream()
				.collect(Collectors.groupingBy((answer) -> answer.status() + " " + answer.outcome(),
						Collectors.counting()));
			Duration slowest = this.answers.stream().map(Answer::took).max(Duration::compareTo).orElse(Duration.ZERO);
			System.out.printf(
					"Database outage (%s): %s; slowest answer %d ms; busy request threads %d before, %d at most%n",
					what, outcomes, slowest.toMillis(), this.requestThreadsBefore, this.peakRequestThreads.get());
		}

		void assertFailedFastAndDidNotPileUp() {
			List<Answer> seen = List.copyOf(this.answers);
			assertThat(seen).isNotEmpty().allSatisfy((answer) -> {
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.outcome()).isIn("answered", "UNAVAILABLE");
				assertThat(answer.took()).isLessThan(FAIL_FAST);
			});
			// each client waits for its answer: at most one busy request thread each,
			// plus
			// the test's own health checks and Jetty's threads that hand an async answer
			// back (one CI run saw 19 of 16 + 2 that way); a pile-up would be many more
			assertThat(this.peakRequestThreads.get()).isLessThanOrEqualTo(CLIENTS + 4);
		}

		@Override
		public void close() throws InterruptedException {
			this.running = false;
			this.clients.shutdown();
			this.clients.awaitTermination(30, TimeUnit.SECONDS);
		}

	}

}
