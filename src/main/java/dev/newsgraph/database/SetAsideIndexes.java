package dev.newsgraph.database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The indexes, primary and unique keys and foreign keys of some tables, dropped before a
 * bulk write into them and made again afterwards from the definitions the catalogue gave,
 * as {@code pg_restore} orders its work: an index built once over the written rows costs
 * a fraction of one kept up row by row, and a foreign key is checked by one join instead
 * of a lookup per row. The migrations stay the only place that defines them. Dropping
 * locks the tables until the transaction ends, and a failed write rolls the drops back
 * with it.
 */
public final class SetAsideIndexes {

	private final JdbcClient jdbc;

	/** The statements that make them again, in order. */
	private final List<String> restore;

	private SetAsideIndexes(JdbcClient jdbc, List<String> restore) {
		this.jdbc = jdbc;
		this.restore = restore;
	}

	/**
	 * Drops them, in the current transaction: foreign keys from or to the tables, then
	 * their keys and their other indexes.
	 */
	public static SetAsideIndexes drop(JdbcClient jdbc, List<String> tables) {
		String[] names = tables.toArray(String[]::new);
		List<Definition> foreignKeys = jdbc.sql("""
				select conrelid::regclass::text as on_table, quote_ident(conname) as name,
				       pg_get_constraintdef(oid) as definition, oid::bigint as made
				from pg_constraint
				where contype = 'f'
				  and (conrelid = any(:tables::regclass[]) or confrelid = any(:tables::regclass[]))
				order by conrelid, conname
				""").param("tables", names).query(Definition.class).list();
		List<Definition> keys = jdbc.sql("""
				select conrelid::regclass::text as on_table, quote_ident(conname) as name,
				       pg_get_constraintdef(oid) as definition, conindid::bigint as made
				from pg_constraint
				where contype in ('p', 'u') and conrelid = any(:tables::regclass[])
				""").param("tables", names).query(Definition.class).list();
		List<Definition> indexes = jdbc.sql("""
				select i.indrelid::regclass::text as on_table, i.indexrelid::regclass::text as name,
				       pg_get_indexdef(i.indexrelid) as definition, i.indexrelid::bigint as made
				from pg_index i
				where i.indrelid = any(:tables::regclass[])
				  and not exists (select 1 from pg_constraint c
				                  where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x'))
				""").param("tables", names).query(Definition.class).list();
		for (Definition foreignKey : foreignKeys) {
			jdbc.sql("alter table " + foreignKey.onTable() + " drop constraint " + foreignKey.name()).update();
		}
		keys.forEach((key) -> jdbc.sql("alter table " + key.onTable() + " drop constraint " + key.name()).update());
		indexes.forEach((index) -> jdbc.sql("drop index " + index.name()).update());
		// made again in their first order: PostgreSQL checks a row against a table's
		// indexes in that order, so a duplicate names the same constraint as before
		List<Definition> keysAndIndexes = new ArrayList<>(keys);
		keysAndIndexes.addAll(indexes);
		keysAndIndexes.sort(Comparator.comparingLong(Definition::made));
		List<String> restore = new ArrayList<>();
		keysAndIndexes.forEach((made) -> restore.add(keys.contains(made) ? made.addConstraint() : made.definition()));
		foreignKeys.stream()
			.sorted(Comparator.comparingLong(Definition::made))
			.forEach((foreignKey) -> restore.add(foreignKey.addConstraint()));
		return new SetAsideIndexes(jdbc, restore);
	}

	/**
	 * Makes them again, in the current transaction, with room for sorting (the builds use
	 * PostgreSQL's parallel maintenance workers where it has them).
	 */
	public void restore() {
		this.jdbc.sql("set local maintenance_work_mem = '256MB'").update();
		this.restore.forEach((statement) -> this.jdbc.sql(statement).update());
	}

	/**
	 * @param made the oid of what it was made as (the index of a key), which tells the
	 * order they were made in
	 */
	private record Definition(String onTable, String name, String definition, long made) {

		String addConstraint() {
			return "alter table " + this.onTable + " add constraint " + this.name + " " + this.definition;
		}

	}

}
