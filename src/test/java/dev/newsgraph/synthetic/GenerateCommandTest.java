package dev.newsgraph.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.NewsgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code generate}: its usage, and {@code --dump}, which needs no database.
 */
class GenerateCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void rejectsBadUsageWithExitCodeTwo() {
		assertThat(run()).isEqualTo(2);
		assertThat(run("--articles", "0")).isEqualTo(2);
		assertThat(run("--articles", "many")).isEqualTo(2);
		assertThat(run("--articles", "10", "--frobnicate")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("unexpected argument '--frobnicate'")
			.contains(GenerateCommand.USAGE);
	}

	@Test
	void dumpsTheSameCopyFilesForTheSameSeed(@TempDir Path dir) throws IOException {
		assertThat(run("--articles", "1_200", "--seed", "5", "--dump", dir.resolve("a").toString())).isZero();
		assertThat(run("--articles", "1200", "--seed", "5", "--dump", dir.resolve("b").toString())).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Wrote 1,200 synthetic articles (seed 5)");
		for (Table table : Table.values()) {
			Path file = dir.resolve("a").resolve(table.table() + ".copy");
			assertThat(file).exists().hasSameBinaryContentAs(dir.resolve("b").resolve(table.table() + ".copy"));
		}
		assertThat(Files.readAllLines(dir.resolve("a/articles.copy"))).hasSize(1200);
		assertThat(Files.readAllLines(dir.resolve("a/organizations.copy"))).hasSize(60);
		assertThat(Files.readString(dir.resolve("a/load.sql")))
			.contains("\\copy quotes (id, article_id, article_length, start_offset, end_offset, text,");
	}

	private int run(String... args) {
		return GenerateCommand.run(NewsgraphApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
