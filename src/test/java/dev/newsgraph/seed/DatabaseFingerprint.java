package dev.newsgraph.seed;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row of every dataset table, hashed per table, to tell whether anything changed.
 */
public final class DatabaseFingerprint {

	private DatabaseFingerprint() {
	}

	public static Map<String, String> of(JdbcClient jdbc, String... exceptTables) {
		Map<String, String> fingerprint = new TreeMap<>();
		jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
				  and table_name <> all(:except)
				""").param("except", exceptTables).query(String.class).list().forEach((table) -> {
			// table names come from the catalog, not from input
			String rows = jdbc
				.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
						+ table + " t")
				.query(String.class)
				.single();
			fingerprint.put(table, rows);
		});
		return fingerprint;
	}

}
