package dev.newsgraph.seed;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code dataset} health component (part of readiness: a service without its dataset
 * has nothing to serve) and the dataset's checksum in {@code /actuator/info}.
 */
@Component("dataset")
class DatasetHealthIndicator extends AbstractHealthIndicator implements InfoContributor {

	private final DatasetLoadRepository loads;

	DatasetHealthIndicator(DatasetLoadRepository loads) {
		this.loads = loads;
	}

	/**
	 * DOWN without a dataset; DOWN too, with the error, when the database cannot be
	 * asked.
	 */
	@Override
	protected void doHealthCheck(Health.Builder builder) {
		this.loads.findLatest()
			.ifPresentOrElse(
					(dataset) -> builder.up()
						.withDetail("version", dataset.version())
						.withDetail("loadedAt", dataset.loadedAt().toString())
						.withDetail("articles", dataset.counts().articles()),
					() -> builder.down().withDetail("reason", "no dataset has been loaded"));
	}

	@Override
	public void contribute(Info.Builder builder) {
		// info is about the service; without a database it simply shows no dataset
		loadsOrEmpty().ifPresent((dataset) -> builder.withDetail("dataset",
				java.util.Map.of("version", dataset.version(), "loadedAt", dataset.loadedAt().toString())));
	}

	private java.util.Optional<Dataset> loadsOrEmpty() {
		try {
			return this.loads.findLatest();
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return java.util.Optional.empty();
		}
	}

}
