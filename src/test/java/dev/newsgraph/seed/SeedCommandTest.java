package dev.newsgraph.seed;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.newsgraph.NewsgraphApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code seed --validate}: no database, every defect listed, a non-zero exit on any.
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

	private int run(String... args) {
		return SeedCommand.run(NewsgraphApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

}
