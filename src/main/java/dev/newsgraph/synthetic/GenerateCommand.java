package dev.newsgraph.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsgraph.progress.ProgressDisplay;
import dev.newsgraph.seed.DatasetCounts;

/**
 * {@code generate --articles N [--seed S] [--dump DIR | --seed-folder DIR] [--spring.property=value ...]}:
 * replaces the dataset in the configured database with N synthetic articles and everyone
 * they name, the same for the same seed; with {@code --dump}, writes those rows to COPY
 * files in DIR instead, and with {@code --seed-folder}, a seed folder in the curated
 * format for the {@code seed} command, touching no database. Exits 0 when done, 1 on a
 * failure (the database keeps its previous dataset), 2 on bad usage.
 */
public final class GenerateCommand {

	static final String USAGE = "usage: generate --articles N [--seed S] [--dump DIR | --seed-folder DIR] "
			+ "[--spring.property=value ...]";

	private GenerateCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Integer articles = null;
		long seed = 42;
		Path dump = null;
		Path seedFolder = null;
		List<String> springArgs = new ArrayList<>();
		try {
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--articles") && i + 1 < args.length) {
					articles = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
				}
				else if (arg.equals("--seed") && i + 1 < args.length) {
					seed = Long.parseLong(args[++i]);
				}
				else if (arg.equals("--dump") && i + 1 < args.length) {
					dump = Path.of(args[++i]);
				}
				else if (arg.equals("--seed-folder") && i + 1 < args.length) {
					seedFolder = Path.of(args[++i]);
				}
				else if (arg.startsWith("--") && arg.contains("=")) {
					springArgs.add(arg);
				}
				else {
					throw new IllegalArgumentException("unexpected argument '" + arg + "'");
				}
			}
			if (articles == null || articles < 1 || articles > SyntheticRows.MAX_ARTICLES) {
				throw new IllegalArgumentException("--articles must be from 1 to " + SyntheticRows.MAX_ARTICLES);
			}
			if (dump != null && seedFolder != null) {
				throw new IllegalArgumentException("--dump and --seed-folder write different things; give one");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		try {
			if (seedFolder != null) {
				return seedFolder(seed, articles, seedFolder, out);
			}
			return (dump != null) ? dump(seed, articles, dump, out)
					: generate(application, seed, articles, springArgs, out);
		}
		catch (Exception ex) {
			err.println("generate failed: " + ex);
			return 1;
		}
	}

	private static int generate(Class<?> application, long seed, int articles, List<String> springArgs,
			PrintStream out) {
		springArgs.add("--newsgraph.seed.load-on-startup=false");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			SyntheticGenerator.Result result;
			try (ProgressDisplay progress = ProgressDisplay.start("Generating", "generated", articles)) {
				result = context.getBean(SyntheticGenerator.class).generate(seed, articles, progress);
			}
			DatasetCounts counts = result.counts();
			out.printf(Locale.ROOT,
					"Generated synthetic dataset %s (seed %d) in %.1f s: %,d articles, %,d organizations, %,d people, %,d quotes, %,d mentions, %,d sources%n",
					result.checksum(), seed, result.duration().toMillis() / 1000.0, counts.articles(),
					counts.organizations(), counts.people(), counts.quotes(), counts.mentions(), counts.sources());
			SpringApplication.exit(context);
			return 0;
		}
	}

	private static int dump(long seed, int articles, Path dir, PrintStream out) throws Exception {
		long started = System.nanoTime();
		try (DumpFiles files = new DumpFiles(dir);
				ProgressDisplay progress = ProgressDisplay.start("Generating", "generated", articles)) {
			new SyntheticRows(seed, articles).produce((batch) -> {
				files.accept(batch);
				progress.advance(batch.articles());
			});
		}
		out.printf(Locale.ROOT,
				"Wrote %,d synthetic articles (seed %d) as COPY files in %.1f s to %s; load them with psql -f %s%n",
				articles, seed, (System.nanoTime() - started) / 1e9, dir, dir.resolve("load.sql"));
		return 0;
	}

	private static int seedFolder(long seed, int articles, Path folder, PrintStream out) throws IOException {
		long started = System.nanoTime();
		try (ProgressDisplay progress = ProgressDisplay.start("Generating", "generated", articles)) {
			new SeedFolderWriter(seed, articles).write(folder, progress);
		}
		out.printf(Locale.ROOT,
				"Wrote %,d synthetic articles (seed %d) as a seed folder in %.1f s to %s; load it with seed %s%n",
				articles, seed, (System.nanoTime() - started) / 1e9, folder, folder);
		return 0;
	}

}
