package dev.newsgraph.seed;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import dev.newsgraph.database.EmbeddedPostgresInUseException;

/**
 * {@code seed [--validate] [--strict] [FOLDER] [--spring.property=value ...]}: loads a
 * seed folder (default {@code seeds}) into the configured database, or with
 * {@code --validate} only checks it, with no database at all, and prints the curators'
 * warnings; {@code --strict} makes them errors. Exits 0 when all is well, 1 on a defect,
 * 2 on bad usage.
 */
public final class SeedCommand {

	private SeedCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		boolean validateOnly = false;
		boolean strict = false;
		Path folder = null;
		List<String> springArgs = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--validate")) {
				validateOnly = true;
			}
			else if (arg.equals("--strict")) {
				strict = true;
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				springArgs.add(arg);
			}
			else if (folder == null && !arg.startsWith("-")) {
				folder = Path.of(arg);
			}
			else {
				err.println("usage: seed [--validate] [--strict] [FOLDER] [--spring.property=value ...]");
				return 2;
			}
		}
		folder = (folder != null) ? folder : Path.of("seeds");
		try {
			if (validateOnly) {
				List<SeedProblem> warnings = new ArrayList<>();
				DatasetCounts counts = SeedFolderReader.validate(folder, strict, warnings::add);
				if (!warnings.isEmpty()) {
					out.printf("%d warnings (--strict makes them errors):%n", warnings.size());
					warnings.forEach((warning) -> out.println("  " + warning));
				}
				out.printf(
						"%s is valid: %d articles, %d organizations, %d people, %d quotes, %d mentions, %d sources%n",
						folder, counts.articles(), counts.organizations(), counts.people(), counts.quotes(),
						counts.mentions(), counts.sources());
				return 0;
			}
			springArgs.add("--newsgraph.seed.load-on-startup=false");
			springArgs.add("--newsgraph.seed.strict=" + strict);
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.web(WebApplicationType.NONE)
				.run(springArgs.toArray(String[]::new))) {
				SeedLoader.Result result = context.getBean(SeedLoader.class).loadOnTerminal(folder);
				if (result.written()) {
					out.printf("Loaded %s in %d ms: %d articles, %d organizations, %d people, %d quotes%n",
							result.checksum(), result.duration().toMillis(), result.counts().articles(),
							result.counts().organizations(), result.counts().people(), result.counts().quotes());
				}
				else {
					out.printf("%s is already loaded (%s), checked in %d ms: nothing to write%n", folder,
							result.checksum(), result.duration().toMillis());
				}
				SpringApplication.exit(context);
				return 0;
			}
		}
		catch (SeedValidationException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			// Spring Boot has logged the failure analysis; the command says what to do
			err.println("seed: " + couldNotStart(ex));
			return 1;
		}
	}

	private static String couldNotStart(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EmbeddedPostgresInUseException inUse) {
				return inUse.getMessage() + ", most likely a running newsgraph service. Stop it and run seed again, "
						+ "or restart the service instead: it loads a changed seed folder at start-up.";
			}
		}
		return "could not load: " + NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
	}

}
