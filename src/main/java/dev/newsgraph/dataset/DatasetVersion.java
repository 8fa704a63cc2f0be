package dev.newsgraph.dataset;

/**
 * The version of the dataset being served: the latest load's id, which changes with every
 * load that writes (a reload back to an earlier folder too) and is the same on every
 * replica. ETags and cursors carry it.
 */
public interface DatasetVersion {

	/**
	 * The latest load's id, 0 before any, as an SQL expression: the version a statement
	 * reads, which cursors and the facet index carry. It takes one index probe, so any
	 * statement can say which version it read.
	 */
	String LOAD_ID = "coalesce((select id from dataset_loads order by loaded_at desc, id desc limit 1), 0)";

	/** The latest load's id, 0 before the first load. */
	long current();

}
