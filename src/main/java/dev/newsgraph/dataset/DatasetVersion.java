package dev.newsgraph.dataset;

/**
 * The version (checksum) of the dataset being served, for HTTP caching.
 */
public interface DatasetVersion {

	/** The loaded dataset's checksum, or an empty string before the first load. */
	String current();

}
