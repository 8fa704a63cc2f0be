package dev.newsgraph.role;

/** {@code newsgraph.role}: what an instance may do to the database. */
public enum ServiceRole {

	/** Migrates the schema, loads the seeds, and serves: the default. */
	WRITER,

	/** Never writes: checks the schema's version and serves what the writer loaded. */
	READER

}
