package dev.newsgraph.database;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Rows for several tables, sent through COPY a batch at a time by a second thread: while
 * PostgreSQL stores one batch, whoever makes the rows makes the next. Memory holds the
 * batch being made and at most eight waiting, each a few hundred kilobytes. The
 * connection belongs to the second thread until {@link #close}, which waits for it, so
 * the caller must not use it in between.
 */
public final class CopyBatches implements AutoCloseable {

	private static final int WAITING_BATCHES = 8;

	/**
	 * Chars of one table's rows that fill a batch. Batches stay well under the size that
	 * makes G1 allocate an array as humongous (half a region: 512 KB with a 512 MB heap),
	 * which at a few per second keeps its concurrent marking running throughout.
	 */
	private static final int FULL_BATCH_CHARS = 100_000;

	private static final List<Chunk> END = List.of();

	private record Chunk(String sql, byte[] rows) {
	}

	private final Map<String, CopyText> pending = new LinkedHashMap<>();

	private final BlockingQueue<List<Chunk>> queue = new ArrayBlockingQueue<>(WAITING_BATCHES);

	private final Thread copier;

	private volatile RuntimeException failure;

	private boolean closed;

	public CopyBatches(CopyManager copy, String threadName) {
		this.copier = new Thread(() -> copyUntilEnd(copy), threadName);
		this.copier.setDaemon(true);
		this.copier.start();
	}

	/** The pending rows of one COPY statement, {@code copy ... from stdin}. */
	public CopyText rows(String copySql) {
		return this.pending.computeIfAbsent(copySql, (sql) -> new CopyText());
	}

	/**
	 * Hands the pending rows to the copying thread once a table's rows fill a batch; to
	 * be called between records, whose rows go together.
	 * @throws UncategorizedSQLException if an earlier batch failed
	 */
	public void flushWhenFull() {
		for (CopyText rows : this.pending.values()) {
			if (rows.length() >= FULL_BATCH_CHARS) {
				flush();
				return;
			}
		}
	}

	/**
	 * Hands the pending rows to the copying thread, waiting while eight batches already
	 * wait.
	 * @throws UncategorizedSQLException if an earlier batch failed
	 */
	public void flush() {
		rethrowFailure();
		if (this.pending.isEmpty()) {
			return;
		}
		List<Chunk> batch = this.pending.entrySet()
			.stream()
			.map((entry) -> new Chunk(entry.getKey(), entry.getValue().toBytes()))
			.toList();
		this.pending.clear();
		put(batch);
	}

	/**
	 * Copies what is pending and waits until every batch is stored.
	 * @throws UncategorizedSQLException if a batch failed
	 */
	public void finish() {
		flush();
		close();
		rethrowFailure();
	}

	/** Waits for the batches handed over to be stored or to fail; idempotent. */
	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		put(END);
		try {
			this.copier.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for COPY to finish", ex);
		}
	}

	private void put(List<Chunk> batch) {
		try {
			// the copier drains the queue even after a failure, so this cannot wait
			// forever
			this.queue.put(batch);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while handing rows to COPY", ex);
		}
	}

	private void copyUntilEnd(CopyManager copy) {
		try {
			for (List<Chunk> batch = this.queue.take(); batch != END; batch = this.queue.take()) {
				if (this.failure == null) {
					copy(copy, batch);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void copy(CopyManager copy, List<Chunk> batch) {
		for (Chunk chunk : batch) {
			try {
				CopyText.copyIn(copy, chunk.sql(), chunk.rows());
			}
			catch (SQLException ex) {
				this.failure = new UncategorizedSQLException("Copying rows", chunk.sql(), ex);
				return;
			}
			catch (RuntimeException | Error ex) {
				this.failure = (ex instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException("Copying rows failed: " + ex, ex);
				return;
			}
		}
	}

	private void rethrowFailure() {
		RuntimeException failed = this.failure;
		if (failed != null) {
			throw failed;
		}
	}

}
