package dev.newsgraph.seed;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the seed folder at start-up when it differs from the dataset already loaded. A
 * broken folder stops the start-up with the full list of problems; the database keeps the
 * dataset it had. A synthetic dataset is kept too: it was generated on purpose, often at
 * length, and only the {@code seed} command replaces it.
 */
@Component
@ConditionalOnBooleanProperty(name = "newsgraph.seed.load-on-startup", matchIfMissing = true)
// a reader never writes (dev.newsgraph.role)
@ConditionalOnProperty(name = "newsgraph.role", havingValue = "writer", matchIfMissing = true)
class SeedOnStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedOnStartup.class);

	private final SeedLoader loader;

	private final SeedProperties properties;

	private final DatasetLoadRepository loads;

	SeedOnStartup(SeedLoader loader, SeedProperties properties, DatasetLoadRepository loads) {
		this.loader = loader;
		this.properties = properties;
		this.loads = loads;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!Files.isDirectory(this.properties.dir())) {
			logger.warn("No seed folder at {}; serving the dataset already in the database",
					this.properties.dir().toAbsolutePath());
			return;
		}
		if (this.loads.holdsSyntheticDataset()) {
			logger.info("Serving the synthetic dataset in the database; the seed command replaces it with {}",
					this.properties.dir());
			return;
		}
		this.loader.loadIfChanged(this.properties.dir());
	}

}
