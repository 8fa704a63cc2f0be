package dev.newsgraph.seed;

import java.time.OffsetDateTime;

/**
 * The dataset being served, as recorded by its load.
 *
 * @param version SHA-256 over the seed files, or {@code null} before the first load
 * @param loadedAt when it was loaded, or {@code null} before the first load
 * @param counts rows per type
 */
record Dataset(String version, OffsetDateTime loadedAt, DatasetCounts counts) {

	static final Dataset NONE = new Dataset(null, null, new DatasetCounts(0, 0, 0, 0, 0, 0));

}
