package dev.newsgraph;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.newsgraph.synthetic.GenerateCommand;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed folder of generated articles, written by the {@code generate} command. */
public final class GeneratedSeedFolder {

	private GeneratedSeedFolder() {
	}

	/**
	 * Writes {@code articles} generated articles, from {@code seed}, into {@code folder}.
	 */
	public static void write(Path folder, int articles, long seed) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = GenerateCommand.run(NewsgraphApplication.class,
				new String[] { "--articles", String.valueOf(articles), "--seed", String.valueOf(seed), "--seed-folder",
						folder.toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
	}

}
