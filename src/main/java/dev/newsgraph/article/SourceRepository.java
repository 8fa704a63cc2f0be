package dev.newsgraph.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.node.NodeFinder;

/**
 * Reads publishers.
 */
@Repository
class SourceRepository implements NodeFinder {

	private final JdbcClient jdbc;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String type() {
		return "Source";
	}

	List<Source> findAll() {
		return this.jdbc.sql("select id, slug, name, url from sources order by name, id")
			.query(new DataClassRowMapper<>(Source.class))
			.list();
	}

	@Override
	public Map<Long, Source> findByIds(Collection<Long> ids) {
		return this.jdbc.sql("select id, slug, name, url from sources where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(new DataClassRowMapper<>(Source.class))
			.list()
			.stream()
			.collect(Collectors.toMap(Source::id, Function.identity()));
	}

}
