package dev.newsgraph.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the derived data of a dataset loaded by an earlier version up to date before the
 * service answers, whether or not the seed folder is loaded at start-up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
// a reader never writes (dev.newsgraph.role)
@ConditionalOnProperty(name = "newsgraph.role", havingValue = "writer", matchIfMissing = true)
class DerivedDataOnStartup implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DerivedDataOnStartup.class);

	private final DerivedData derived;

	private final SeedDatabase database;

	DerivedDataOnStartup(DerivedData derived, SeedDatabase database) {
		this.derived = derived;
		this.database = database;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		if (this.derived.rebuildIfOutdated(this.database)) {
			logger.info("Rebuilt the derived data of the loaded dataset for this version in {} ms",
					(System.nanoTime() - started) / 1_000_000);
		}
	}

}
