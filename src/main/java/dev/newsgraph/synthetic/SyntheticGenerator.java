package dev.newsgraph.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.database.CopyText;
import dev.newsgraph.progress.Progress;
import dev.newsgraph.seed.DatasetCounts;
import dev.newsgraph.seed.DerivedData;
import dev.newsgraph.seed.SeedDatabase;
import dev.newsgraph.synthetic.SyntheticRows.Batch;
import dev.newsgraph.synthetic.SyntheticRows.Chunk;

/**
 * Replaces the dataset in the database with a synthetic one, in one transaction: the
 * tables are emptied, filled through COPY, their derived data rebuilt and analyzed, and
 * the load recorded. Until it commits, the previous dataset stays; a failure or an
 * interruption anywhere leaves it as it was.
 */
@Component
public class SyntheticGenerator {

	private static final Logger logger = LoggerFactory.getLogger(SyntheticGenerator.class);

	/**
	 * Batches waiting to be copied: enough to keep both cores busy, few enough to bound
	 * memory.
	 */
	private static final int QUEUE_CAPACITY = 2;

	private final SeedDatabase database;

	private final DerivedData derived;

	SyntheticGenerator(SeedDatabase database, DerivedData derived) {
		this.database = database;
		this.derived = derived;
	}

	/**
	 * Told after each batch of articles is written; an exception thrown here aborts the
	 * run.
	 */
	public record Result(String checksum, DatasetCounts counts, Duration duration) {
	}

	public Result generate(long seed, int articles, Progress progress) {
		long started = System.nanoTime();
		SyntheticRows rows = new SyntheticRows(seed, articles);
		return this.database.transaction().execute((status) -> {
			this.database.lockForWriting();
			JdbcClient jdbc = this.database.jdbc();
			jdbc.sql(Table.truncateAll()).update();
			Map<Table, Integer> counts = this.database.template()
				.getJdbcTemplate()
				.execute((ConnectionCallback<Map<Table, Integer>>) (connection) -> copy(rows,
						connection.unwrap(PGConnection.class).getCopyAPI(), progress));
			logger.info("Rebuilding derived data and statistics");
			this.derived.rebuild(jdbc);
			for (Table table : Table.values()) {
				if (table.hasId()) {
					// the next id after the ones written, as if they had been generated
					jdbc.sql("select setval(pg_get_serial_sequence(:table, 'id'), :next, false)")
						.param("table", table.table())
						.param("next", counts.getOrDefault(table, 0) + 1L)
						.query()
						.singleRow();
				}
				// table names come from the enum, not from input
				jdbc.sql("analyze " + table.table()).update();
			}
			DatasetCounts datasetCounts = new DatasetCounts(count(counts, Table.SOURCES), count(counts, Table.ARTICLES),
					count(counts, Table.ORGANIZATIONS), count(counts, Table.PEOPLE), count(counts, Table.QUOTES),
					count(counts, Table.ORGANIZATION_MENTIONS));
			String checksum = checksum(seed, articles);
			Duration duration = Duration.ofNanos(System.nanoTime() - started);
			this.database.recordLoad(checksum, duration, datasetCounts, null);
			logger.info("Committing");
			return new Result(checksum, datasetCounts, duration);
		});
	}

	/**
	 * Rows are made on a second thread while this one copies the previous batch, so
	 * generating costs little beyond the COPY itself.
	 */
	private static Map<Table, Integer> copy(SyntheticRows rows, CopyManager copy, Progress progress)
			throws SQLException {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
		Object end = new Object();
		Thread producer = new Thread(() -> {
			try {
				rows.produce(queue::put);
				queue.put(end);
			}
			catch (InterruptedException ex) {
				// the copying side gave up; it reports why
			}
			catch (Exception | Error ex) {
				queue.clear();
				queue.offer(ex);
			}
		}, "synthetic-rows");
		producer.setDaemon(true);
		producer.start();
		Map<Table, Integer> counts = new EnumMap<>(Table.class);
		try {
			for (Object item = queue.take(); item != end; item = queue.take()) {
				if (item instanceof Throwable failure) {
					throw new IllegalStateException("Generating rows failed: " + failure, failure);
				}
				Batch batch = (Batch) item;
				for (Chunk chunk : batch.chunks()) {
					CopyText.copyIn(copy, chunk.table().copyFrom("stdin"), chunk.data());
					counts.merge(chunk.table(), chunk.rows(), Integer::sum);
				}
				progress.advance(batch.articles());
			}
			return counts;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while generating", ex);
		}
		finally {
			producer.interrupt();
		}
	}

	private static int count(Map<Table, Integer> counts, Table table) {
		return counts.getOrDefault(table, 0);
	}

	/**
	 * Stable for a seed and size, so the same request is recognized as the same dataset.
	 */
	static String checksum(long seed, int articles) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("synthetic:v1:seed=" + seed + ":articles=" + articles).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
