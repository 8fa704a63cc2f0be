package dev.newsgraph.facet;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The {@code facetIndex} health component, part of readiness: a service that has not yet
 * read its first snapshot would hold facet requests until it has (about 10 s at a million
 * articles). Later reads, after a load, do not take the service out of readiness.
 */
@Component("facetIndex")
class FacetIndexHealthIndicator extends AbstractHealthIndicator {

	private final FacetIndexes indexes;

	FacetIndexHealthIndicator(FacetIndexes indexes) {
		this.indexes = indexes;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		FacetIndex index = this.indexes.lastRead();
		if (index == null) {
			builder.outOfService().withDetail("reason", "reading the first facet index");
			return;
		}
		builder.up()
			.withDetail("datasetVersion", index.version())
			.withDetail("articles", index.articles())
			.withDetail("quotes", index.quotes());
	}

}
