package dev.newsgraph.node;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One table's rows by id and by slug: the lookups behind every type's DataLoader and
 * {@code Query.node}, and behind {@code Query.article(slug:)} and the like.
 *
 * @param <T> the row
 */
public final class RowLookup<T> {

	private final JdbcClient jdbc;

	private final String select;

	private final String alias;

	private final RowMapper<T> row;

	private final Function<T, Long> id;

	/**
	 * @param table the table and its alias, as in {@code from}: {@code "articles a"}
	 * @param columns the selected columns, qualified by the alias
	 */
	public RowLookup(JdbcClient jdbc, String table, String columns, RowMapper<T> row, Function<T, Long> id) {
		this.jdbc = jdbc;
		this.select = "select " + columns + " from " + table;
		this.alias = table.substring(table.indexOf(' ') + 1);
		this.row = row;
		this.id = id;
	}

	public Optional<T> bySlug(String slug) {
		return this.jdbc.sql(this.select + " where " + this.alias + ".slug = :slug")
			.param("slug", slug)
			.query(this.row)
			.optional();
	}

	public Map<Long, T> byIds(Collection<Long> ids) {
		return this.jdbc.sql(this.select + " where " + this.alias + ".id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(this.row)
			.list()
			.stream()
			.collect(Collectors.toMap(this.id, Function.identity()));
	}

}
