package dev.newsgraph.dataset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many rows of each type the loaded dataset has, as the load recorded them: the
 * {@code totalCount} of an unfiltered list, without counting a million rows.
 */
@Component
public class DatasetTotals {

	/** The counted types, each a column of {@code dataset_loads}. */
	public enum Type {

		ARTICLES, ORGANIZATIONS, PEOPLE, QUOTES

	}

	private final JdbcClient jdbc;

	DatasetTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int of(Type type) {
		// the column name comes from the enum, never from a request
		return this.jdbc
			.sql("select " + type.name().toLowerCase() + " from dataset_loads order by loaded_at desc, id desc limit 1")
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

}
