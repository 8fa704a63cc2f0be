package dev.newsgraph.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL 18 on a data directory that survives restarts. One
 * process at a time owns a directory (zonky's file lock, {@code epg-lock}); a server left
 * running by an owner that was killed (SIGKILL skips the shutdown that stops it) is
 * stopped first, so the next start does not trip over it.
 */
final class EmbeddedPostgresServer {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String LOCK_FILE = "epg-lock";

	private EmbeddedPostgresServer() {
	}

	static EmbeddedPostgres start(DatabaseProperties.EmbeddedDb settings) throws IOException {
		Path dir = (settings != null) ? settings.dir() : null;
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setPort((settings != null) ? settings.port() : 0)
			.setServerConfig("synchronous_commit", "on");
		if (dir == null || dir.toString().isBlank()) {
			// a throw-away server in a temporary directory, removed on close
			return builder.setCleanDataDirectory(true).start();
		}
		Path absoluteDir = dir.toAbsolutePath().normalize();
		stopOrphanedServer(absoluteDir);
		try {
			return builder.setDataDirectory(absoluteDir).setCleanDataDirectory(false).start();
		}
		catch (IllegalStateException ex) {
			// zonky locks the directory: another process fails with "could not lock",
			// another
			// instance in this JVM with an overlapping lock
			if (ex instanceof OverlappingFileLockException
					|| String.valueOf(ex.getMessage()).startsWith("could not lock")) {
				throw new EmbeddedPostgresInUseException(absoluteDir, ex);
			}
			throw ex;
		}
	}

	/**
	 * Holding the directory's lock proves no live owner; a postmaster still running there
	 * is then an orphan, and is asked to stop.
	 */
	private static void stopOrphanedServer(Path dir) throws IOException {
		if (!Files.isRegularFile(dir.resolve("postmaster.pid"))) {
			// nothing can be running there (and initdb wants a new directory empty)
			return;
		}
		try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw new EmbeddedPostgresInUseException(dir, null);
			}
			Optional<ProcessHandle> orphan = runningPostmaster(dir);
			if (orphan.isPresent()) {
				logger.warn("Stopping PostgreSQL (pid {}) left running on {} by a process that was killed",
						orphan.get().pid(), dir);
				orphan.get().destroy();
				try {
					orphan.get().onExit().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException | TimeoutException ex) {
					throw new IOException("PostgreSQL (pid " + orphan.get().pid() + ") left running on " + dir
							+ " did not stop within 30 s; stop it by hand", ex);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException("Interrupted while stopping an orphaned PostgreSQL", ex);
				}
			}
		}
		catch (OverlappingFileLockException ex) {
			throw new EmbeddedPostgresInUseException(dir, ex);
		}
	}

	/** The live postgres process that {@code postmaster.pid} names, if any. */
	static Optional<ProcessHandle> runningPostmaster(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((command) -> command.endsWith("postgres")).orElse(false));
	}

}
