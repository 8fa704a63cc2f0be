package dev.newsgraph.database;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * The embedded PostgreSQL, kept running while the service runs. Nobody else supervises
 * it, so when its server exits (a crash, the kernel's OOM killer, an operator's
 * {@code pg_ctl stop}) it is started again on the same directory and port, and the pool
 * reconnects as it does to an external server that comes back. A throw-away server (no
 * directory) is not restarted: its directory goes with it.
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/**
	 * About a minute of attempts: a crashed server's children may hold its memory a
	 * while.
	 */
	private static final RetryPolicy RESTART_POLICY = RetryPolicy.builder()
		.maxRetries(20)
		.delay(Duration.ofMillis(250))
		.multiplier(1.5)
		.maxDelay(Duration.ofSeconds(5))
		.build();

	private final DatabaseProperties.EmbeddedDb settings;

	private final RetryTemplate restarts = new RetryTemplate(RESTART_POLICY);

	private volatile EmbeddedPostgres server;

	private volatile boolean closed;

	private EmbeddedDatabase(DatabaseProperties.EmbeddedDb settings, EmbeddedPostgres server) {
		this.settings = settings;
		this.server = server;
	}

	static EmbeddedDatabase start(DatabaseProperties.EmbeddedDb settings) throws IOException {
		EmbeddedPostgres server = EmbeddedPostgresServer.start(settings);
		if (!persistent(settings)) {
			return new EmbeddedDatabase(settings, server);
		}
		// a restart must come back where the pool looks for it
		DatabaseProperties.EmbeddedDb pinned = new DatabaseProperties.EmbeddedDb(settings.dir(), server.getPort());
		EmbeddedDatabase database = new EmbeddedDatabase(pinned, server);
		database.watch(server);
		return database;
	}

	int port() {
		return this.server.getPort();
	}

	private static boolean persistent(DatabaseProperties.EmbeddedDb settings) {
		return settings != null && settings.dir() != null && !settings.dir().toString().isBlank();
	}

	private Path directory() {
		return this.settings.dir().toAbsolutePath().normalize();
	}

	private void watch(EmbeddedPostgres watched) throws IOException {
		Optional<ProcessHandle> postmaster = EmbeddedPostgresServer.runningPostmaster(directory());
		if (postmaster.isEmpty()) {
			throw new IOException("The embedded PostgreSQL on " + directory() + " started but is not running");
		}
		// not on the thread that saw the exit: a restart waits between its attempts
		postmaster.get()
			.onExit()
			.thenRunAsync(() -> restart(watched, postmaster.get().pid()), EmbeddedDatabase::onOwnThread);
	}

	private synchronized void restart(EmbeddedPostgres exited, long pid) {
		if (this.closed || exited != this.server) {
			return;
		}
		logger.warn("The embedded PostgreSQL (pid {}) on {} stopped; starting it again on port {}", pid, directory(),
				this.settings.port());
		try {
			// releases the directory's lock; its pg_ctl stop finds nothing to stop
			exited.close();
		}
		catch (IOException ex) {
			logger.debug("Closing the stopped embedded PostgreSQL", ex);
		}
		try {
			EmbeddedPostgres started = this.restarts.execute(() -> EmbeddedPostgresServer.start(this.settings));
			this.server = started;
			watch(started);
			logger.info("The embedded PostgreSQL on {} is running again", directory());
		}
		catch (RetryException | IOException ex) {
			logger.error("The embedded PostgreSQL on {} could not be started again; restart the service", directory(),
					ex);
		}
	}

	private static void onOwnThread(Runnable task) {
		Thread thread = new Thread(task, "embedded-postgres-restart");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void close() throws IOException {
		this.closed = true;
		this.server.close();
	}

}
