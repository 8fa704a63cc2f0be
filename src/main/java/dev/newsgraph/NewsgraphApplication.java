package dev.newsgraph;

import dev.newsgraph.seed.SeedCommand;
import dev.newsgraph.synthetic.GenerateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NewsgraphApplication {

	/**
	 * Serves the API; {@code seed [--validate] [FOLDER]} runs the seed loader instead,
	 * and {@code generate --articles N} the synthetic dataset generator.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("seed")) {
			String[] seedArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
			System.exit(SeedCommand.run(NewsgraphApplication.class, seedArgs, System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			String[] generateArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
			System.exit(GenerateCommand.run(NewsgraphApplication.class, generateArgs, System.out, System.err));
		}
		SpringApplication.run(NewsgraphApplication.class, args);
	}

}
