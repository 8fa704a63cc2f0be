package dev.newsgraph.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.node.NodeFinder;
import dev.newsgraph.node.RowLookup;

/**
 * Reads publishers.
 */
@Repository
class SourceRepository implements NodeFinder {

	private static final RowMapper<Source> ROW = new DataClassRowMapper<>(Source.class);

	private final JdbcClient jdbc;

	private final RowLookup<Source> lookup;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.lookup = new RowLookup<>(jdbc, "sources s", "s.id, s.slug, s.name, s.url", ROW, Source::id);
	}

	@Override
	public String type() {
		return "Source";
	}

	List<Source> findAll() {
		return this.jdbc.sql("select id, slug, name, url from sources order by name collate catalogue, id")
			.query(ROW)
			.list();
	}

	@Override
	public Map<Long, Source> findByIds(Collection<Long> ids) {
		return this.lookup.byIds(ids);
	}

}
