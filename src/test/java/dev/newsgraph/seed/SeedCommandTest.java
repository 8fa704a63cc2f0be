package dev.newsgraph.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.NewsgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code seed} command: {@code --validate} with no database, every defect listed, a
 * non-zero exit on any; a load into the embedded database without the web layer.
 */
class SeedCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void validatesTheRepositorySeeds() {
		assertThat(run("--validate", "seeds")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.isEqualTo("seeds is valid: 4 articles, 22 organizations, 9 people, 18 quotes, 88 mentions, 1 sources\n");
	}

	@Test
	void printsTheCuratorsWarningsAndFailsOnThemWhenStrict() {
		assertThat(run("--validate", "src/test/resources/seed-fixtures/warnings")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.startsWith("3 warnings (--strict makes them errors):\n"
					+ "  articles/acme.txt:7: organization globex occurs here as 'Globex Corporation'")
			.endsWith("src/test/resources/seed-fixtures/warnings is valid: 1 articles, 3 organizations, 2 people, "
					+ "2 quotes, 4 mentions, 1 sources\n");
		assertThat(run("--validate", "--strict", "src/test/resources/seed-fixtures/warnings")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("3 problems in seed folder src/test/resources/seed-fixtures/warnings:\n");
	}

	@Test
	void listsEveryDefectOfABrokenFolderAndExitsNonZero() {
		assertThat(run("--validate", "src/test/resources/seed-fixtures/many-defects")).isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.startsWith("4 problems in seed folder src/test/resources/seed-fixtures/many-defects:\n")
			.contains("  articles/acme.yaml:4: bad date 'March 2024'")
			.contains("  articles/acme.yaml:5: unknown organization 'globex'")
			.contains("  articles/acme.yaml:8: quote 1: text not found verbatim in the body")
			.contains("  people.yaml:5: person jane-roe: affiliation with unknown organization 'initech'");
	}

	@Test
	void rejectsUnknownOptions() {
		assertThat(run("--frobnicate")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).startsWith("usage: seed");
	}

	@Test
	void loadsIntoTheEmbeddedDatabaseWithoutTheWebLayerNorTheApiTimeout(@TempDir Path dir) {
		// a 1 ms statement timeout would cancel the migrations and the load if they ran
		// under it
		assertThat(run("seeds", "--newsgraph.embedded-db.dir=" + dir, "--newsgraph.graphql.statement-timeout=1ms"))
			.as(this.err.toString(StandardCharsets.UTF_8))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.containsPattern("Loaded [0-9a-f]{64} in \\d+ ms: 4 articles, 22 organizations, 9 people, 18 quotes\n");
		// the same folder again: every article is compared, nothing is written
		this.out.reset();
		assertThat(run("seeds", "--newsgraph.embedded-db.dir=" + dir)).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8))
			.containsPattern("seeds is already loaded \\([0-9a-f]{64}\\), checked in \\d+ ms: nothing to write\n");
	}

	@Test
	void saysSoWhenARunningServiceHoldsTheEmbeddedDatabase(@TempDir Path dir) throws IOException {
		assertThat(run("seeds", "--newsgraph.embedded-db.dir=" + dir)).isZero();
		try (FileChannel lock = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = lock.lock()) {
			assertThat(run("seeds", "--newsgraph.embedded-db.dir=" + dir)).isEqualTo(1);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEqualTo("seed: The embedded PostgreSQL data directory "
				+ dir.toAbsolutePath().normalize() + " is in use by another process, most likely a running newsgraph "
				+ "service. Stop it and run seed again, or restart the service instead: it loads a changed seed "
				+ "folder at start-up.\n");
	}

	private int run(String... args) {
		return SeedCommand.run(NewsgraphApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
