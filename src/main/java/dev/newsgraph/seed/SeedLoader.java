package dev.newsgraph.seed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.newsgraph.progress.ProgressDisplay;

/**
 * Loads a seed folder into PostgreSQL in a single transaction: either all of it is loaded
 * and recorded, or nothing changes. Only what changed since the last load is written
 * ({@link DatasetWriter}).
 */
@Component
public class SeedLoader {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final DatasetWriter writer;

	private final SeedDatabase database;

	private final boolean strict;

	/** As the last load read them: reused by the next while they are unchanged. */
	private volatile SeedFolderReader.SharedFiles sharedFiles;

	SeedLoader(DatasetWriter writer, SeedDatabase database, SeedProperties properties) {
		this.writer = writer;
		this.database = database;
		this.strict = properties.strict();
	}

	/**
	 * What a load did.
	 *
	 * @param checksum the dataset's checksum
	 * @param written whether it was written, or skipped as already loaded
	 * @param counts rows per type
	 * @param duration time taken
	 */
	public record Result(String checksum, boolean written, DatasetCounts counts, Duration duration) {
	}

	/**
	 * Loads the folder unless the same dataset is already loaded.
	 * @throws SeedValidationException listing every defect; the database is unchanged
	 */
	public Result loadIfChanged(Path folder) {
		return load(folder, false, ProgressDisplay.Output.LOG, null);
	}

	/**
	 * {@link #loadIfChanged(Path)}, looking only at the article files file events named.
	 * @param touched the names of the files in the articles folder created, changed or
	 * deleted since the last load
	 */
	Result loadIfChanged(Path folder, Set<String> touched) {
		return load(folder, false, ProgressDisplay.Output.LOG, touched);
	}

	/**
	 * Loads what changed in the folder since the last load, comparing article by article;
	 * the ids stay the same.
	 * @throws SeedValidationException listing every defect; the database is unchanged
	 */
	public Result load(Path folder) {
		return load(folder, true, ProgressDisplay.Output.LOG, null);
	}

	/**
	 * {@link #load(Path)}, with a progress bar when the output is a terminal.
	 */
	public Result loadOnTerminal(Path folder) {
		return load(folder, true, ProgressDisplay.Output.TERMINAL, null);
	}

	private Result load(Path folder, boolean evenIfLoaded, ProgressDisplay.Output progress, Set<String> touched) {
		long started = System.nanoTime();
		logger.info("Reading seed folder {}", folder.toAbsolutePath());
		SeedFolderReader reader = SeedFolderReader.open(folder, this.strict, progress, this.sharedFiles, touched);
		this.sharedFiles = reader.sharedFiles();
		DatasetWriter.Outcome outcome = this.database.transaction().execute((status) -> {
			DatasetWriter.Outcome written = this.writer.write(reader, !evenIfLoaded, started);
			if (!written.written() && !written.restamped()) {
				status.setRollbackOnly();
			}
			return written;
		});
		Result result = new Result(outcome.checksum(), outcome.written(), outcome.counts(),
				Duration.ofNanos(System.nanoTime() - started));
		DatasetCounts counts = result.counts();
		List<SeedProblem> warnings = reader.warnings();
		if (!warnings.isEmpty()) {
			logger.warn("{} curators' warnings in the articles read (seed --validate lists them all), first: {}",
					warnings.size(), warnings.subList(0, Math.min(10, warnings.size())));
		}
		if (!outcome.written()) {
			logger.info("Dataset {} is already loaded", outcome.checksum());
			return result;
		}
		logger.info(
				"Loaded dataset {} in {} ms ({} articles new or changed, {} removed): {} articles, {} organizations, "
						+ "{} people, {} quotes, {} mentions, {} sources",
				result.checksum(), result.duration().toMillis(), outcome.changed(), outcome.removed(),
				counts.articles(), counts.organizations(), counts.people(), counts.quotes(), counts.mentions(),
				counts.sources());
		return result;
	}

}
