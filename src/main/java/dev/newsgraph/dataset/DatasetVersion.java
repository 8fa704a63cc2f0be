package dev.newsgraph.dataset;

/**
 * The version (checksum) of the dataset being served, for HTTP caching.
 */
public interface DatasetVersion {

	/**
	 * The latest load's id, 0 before any, as an SQL expression: the version a statement
	 * reads, which cursors and the facet index carry. It takes one index probe, so any
	 * statement can say which version it read.
	 */
	String LOAD_ID = "coalesce((select id from dataset_loads order by loaded_at desc, id desc limit 1), 0)";

	/** The loaded dataset's checksum, or an empty string before the first load. */
	String current();

}
