package dev.newsgraph.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.dataset.DatasetVersion;
import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.graphql.StaleCursorException;
import dev.newsgraph.paging.Connection.Edge;
import dev.newsgraph.paging.Connection.PageInfo;

/**
 * Pages through any query by keyset: the position of the last row seen, never an offset,
 * so a page deep into a connection costs what the first one costs. Cursors are opaque and
 * carry the field, ordering and filter they belong to; a cursor used anywhere else is
 * refused.
 */
@Component
public class KeysetPager {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PARENT = "PARENT";

	private final JdbcClient jdbc;

	private final GraphQlLimits limits;

	KeysetPager(JdbcClient jdbc, GraphQlLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/**
	 * What to page through. All SQL here is fixed text; user input goes only into
	 * {@code params}.
	 *
	 * @param scope names the field and its filter, so cursors are valid only for the same
	 * ones
	 * @param select the select list, for example {@code a.*}
	 * @param from the from clause
	 * @param conditions conditions joined with AND
	 * @param params named parameters of the conditions
	 * @param knownTotal the exact number of rows, when the caller knows it without
	 * counting, else null
	 */
	public record Query(String scope, String select, String from, List<String> conditions, Map<String, Object> params,
			Integer knownTotal) {

		public static Query of(String scope, String select, String from) {
			return new Query(scope, select, from, List.of(), Map.of(), null);
		}

		public Query where(String condition) {
			List<String> all = new ArrayList<>(this.conditions);
			all.add(condition);
			return new Query(this.scope, this.select, this.from, all, this.params, this.knownTotal);
		}

		public Query where(String condition, String param, Object value) {
			return param(param, value).where(condition);
		}

		/** A named parameter of the select or from clause. */
		public Query param(String param, Object value) {
			Map<String, Object> all = new HashMap<>(this.params);
			all.put(param, value);
			return new Query(this.scope, this.select, this.from, this.conditions, all, this.knownTotal);
		}

		/** The total is known (a stored count): no statement counts it. */
		public Query withTotal(int total) {
			return new Query(this.scope, this.select, this.from, this.conditions, this.params, total);
		}

	}

	/**
	 * One page of a top-level connection.
	 */
	public <T> Connection<T> page(Query query, Keyset keyset, Page page, boolean withTotal, RowMapper<T> mapper) {
		Request request = request(query, keyset, page);
		String sql = "select loaded.dataset_version, x.* from (select " + DatasetVersion.LOAD_ID
				+ " as dataset_version) loaded" + " left join lateral (select " + query.select() + keyColumns(keyset)
				+ " from " + query.from() + " where " + request.where(query.conditions()) + " order by "
				+ request.orderBy() + " limit :limit) x on true";
		List<Edge<T>> rows = new ArrayList<>();
		this.jdbc.sql(sql).params(request.params()).query((ResultSet rs) -> {
			long version = request.checkVersion(rs.getLong("dataset_version"));
			if (rs.getString("k0") != null) {
				rows.add(new Edge<>(cursor(request, version, rs), mapper.mapRow(rs, rows.size())));
			}
		});
		if (!withTotal) {
			return request.connection(rows, -1, true);
		}
		if (query.knownTotal() != null) {
			return request.connection(rows, query.knownTotal(), true);
		}
		// an exact count of a large match costs what the match costs, not what the page
		// does
		Map<String, Object> countParams = new HashMap<>(query.params());
		countParams.put("countLimit", this.limits.countLimit() + 1);
		int counted = this.jdbc
			.sql("select count(*) from (select 1 from " + query.from() + " where " + and(query.conditions())
					+ " limit :countLimit) counted")
			.params(countParams)
			.query(Integer.class)
			.single();
		return request.connection(rows, Math.min(counted, this.limits.countLimit()),
				counted <= this.limits.countLimit());
	}

	/**
	 * The same page of a nested connection for many parents, in one statement.
	 * @param parentCondition relates a row to its parent, written with {@code PARENT} for
	 * the parent's id; each parent's page must be one index range under it
	 * @param totals a statement giving {@code parent_key, total} for {@code :parents},
	 * from stored counts
	 */
	public <T> Map<Long, Connection<T>> pages(Query query, String parentCondition, Collection<Long> parents,
			Keyset keyset, Page page, String totals, boolean withTotal, RowMapper<T> mapper) {
		Request request = request(query, keyset, page);
		List<String> conditions = new ArrayList<>(query.conditions());
		conditions.add(parentCondition.replace(PARENT, "p.parent_key"));
		String sql = "select p.parent_key, loaded.dataset_version, x.* from (select " + DatasetVersion.LOAD_ID
				+ " as dataset_version) loaded cross join unnest(cast(:parents as bigint[])) as p(parent_key)"
				+ " left join lateral (select " + query.select() + keyColumns(keyset) + " from " + query.from()
				+ " where " + request.where(conditions) + " order by " + request.orderBy() + " limit :limit) x on true";
		Map<String, Object> params = new HashMap<>(request.params());
		params.put("parents", parents.toArray(Long[]::new));
		Map<Long, List<Edge<T>>> rows = new LinkedHashMap<>();
		parents.forEach((parent) -> rows.put(parent, new ArrayList<>()));
		this.jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			long version = request.checkVersion(rs.getLong("dataset_version"));
			if (rs.getString("k0") != null) {
				List<Edge<T>> edges = rows.get(rs.getLong("parent_key"));
				edges.add(new Edge<>(cursor(request, version, rs), mapper.mapRow(rs, edges.size())));
			}
		});
		Map<Long, Integer> totalByParent = new HashMap<>();
		if (withTotal) {
			this.jdbc.sql(totals).param("parents", params.get("parents")).query((ResultSet rs) -> {
				totalByParent.put(rs.getLong("parent_key"), rs.getInt("total"));
			});
		}
		Map<Long, Connection<T>> connections = new HashMap<>();
		rows.forEach((parent, edges) -> connections.put(parent,
				request.connection(edges, withTotal ? totalByParent.getOrDefault(parent, 0) : -1, true)));
		return connections;
	}

	private Request request(Query query, Keyset keyset, Page page) {
		if (page.first() != null && page.last() != null) {
			throw new BadRequestException("Use either first (with after) or last (with before), not both");
		}
		this.limits.checkPageSize("first", page.first());
		this.limits.checkPageSize("last", page.last());
		boolean backward = page.last() != null || (page.before() != null && page.first() == null);
		int size = page.size(this.limits.defaultPageSize());
		String scope = scopeId(query.scope() + "|" + keyset.name() + (keyset.descending() ? "-desc" : ""));
		Map<String, Object> params = new HashMap<>(query.params());
		params.put("limit", size + 1);
		List<String> keysetConditions = new ArrayList<>();
		Long cursorVersion = null;
		if (page.after() != null) {
			CursorJson after = decode(scope, keyset, page.after(), "after");
			keysetConditions.add(compare(keyset, after.k(), "after", true, params));
			cursorVersion = after.v();
		}
		if (page.before() != null) {
			CursorJson before = decode(scope, keyset, page.before(), "before");
			keysetConditions.add(compare(keyset, before.k(), "before", false, params));
			if (cursorVersion != null && !cursorVersion.equals(before.v())) {
				throw new StaleCursorException("The cursors in after and before come from different versions of"
						+ " the dataset (" + cursorVersion + " and " + before.v() + "); page with cursors from one");
			}
			cursorVersion = before.v();
		}
		return new Request(scope, keyset, size, backward, page.after() != null, page.before() != null, keysetConditions,
				params, cursorVersion);
	}

	/** Rows after (or before) a position, in the keyset's direction. */
	private static String compare(Keyset keyset, List<String> values, String name, boolean after,
			Map<String, Object> params) {
		List<String> keys = new ArrayList<>();
		List<String> casts = new ArrayList<>();
		for (int i = 0; i < keyset.keys().size(); i++) {
			Keyset.Key key = keyset.keys().get(i);
			keys.add(key.expression());
			casts.add("cast(:" + name + i + " as " + key.sqlType() + ")");
			params.put(name + i, values.get(i));
		}
		String operator = (after != keyset.descending()) ? ">" : "<";
		return "(" + String.join(", ", keys) + ") " + operator + " (" + String.join(", ", casts) + ")";
	}

	private static String keyColumns(Keyset keyset) {
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < keyset.keys().size(); i++) {
			columns.append(", (").append(keyset.keys().get(i).expression()).append(")::text as k").append(i);
		}
		return columns.toString();
	}

	private static String cursor(Request request, long version, ResultSet rs) throws SQLException {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < request.keyset().keys().size(); i++) {
			values.add(rs.getString("k" + i));
		}
		byte[] encoded = json.writeValueAsBytes(new CursorJson(request.scope(), values, version));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(encoded);
	}

	private static CursorJson decode(String scope, Keyset keyset, String cursor, String argument) {
		CursorJson decoded;
		try {
			decoded = json.readValue(Base64.getUrlDecoder().decode(cursor), CursorJson.class);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new BadRequestException("Malformed cursor in " + argument + ": '" + cursor + "'");
		}
		if (decoded.k() == null || decoded.k().size() != keyset.keys().size() || decoded.k().contains(null)) {
			throw new BadRequestException("Malformed cursor in " + argument + ": '" + cursor + "'");
		}
		if (!scope.equals(decoded.s())) {
			throw new BadRequestException("The cursor in " + argument
					+ " comes from another field, ordering or filter; page with cursors from the same query");
		}
		if (decoded.v() == null) {
			throw new StaleCursorException("The cursor in " + argument
					+ " comes from an earlier release of the service, which did not record the dataset's version;"
					+ " page again from the first page");
		}
		return decoded;
	}

	/**
	 * A short digest of field, filter and ordering: keeps cursors short and the filter
	 * private.
	 */
	private static String scopeId(String scope) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String and(List<String> conditions) {
		return conditions.isEmpty() ? "true" : "(" + String.join(") and (", conditions) + ")";
	}

	/** The same position always gives the same bytes, so ETags agree across restarts. */
	@JsonPropertyOrder({ "k", "s", "v" })
	private record CursorJson(String s, List<String> k, Long v) {
	}

	/** A page request resolved against an ordering. */
	private record Request(String scope, Keyset keyset, int size, boolean backward, boolean hasAfter, boolean hasBefore,
			List<String> keysetConditions, Map<String, Object> params, Long cursorVersion) {

		/**
		 * Records the dataset version the page's statement read, and refuses a cursor
		 * from another one: its position means nothing in a reloaded dataset.
		 */
		long checkVersion(long read) {
			if (this.cursorVersion != null && this.cursorVersion != read) {
				throw new StaleCursorException((this.cursorVersion < read)
						? "The dataset was reloaded (version " + this.cursorVersion + " to " + read
								+ ") after this cursor was issued; page again from the first page"
						: "This cursor comes from dataset version " + this.cursorVersion
								+ ", and this server still reads version " + read
								+ " (a replica behind its primary); retry shortly");
			}
			return read;
		}

		String where(List<String> conditions) {
			List<String> all = new ArrayList<>(conditions);
			all.addAll(this.keysetConditions);
			return and(all);
		}

		String orderBy() {
			String direction = (this.keyset.descending() != this.backward) ? " desc" : " asc";
			List<String> order = new ArrayList<>();
			this.keyset.keys().forEach((key) -> order.add(key.expression() + direction));
			return String.join(", ", order);
		}

		<T> Connection<T> connection(List<Edge<T>> rows, int total, boolean exact) {
			boolean more = rows.size() > this.size;
			List<Edge<T>> edges = new ArrayList<>(more ? rows.subList(0, this.size) : rows);
			if (this.backward) {
				Collections.reverse(edges);
			}
			PageInfo pageInfo = new PageInfo(this.backward ? this.hasBefore : more,
					this.backward ? more : this.hasAfter, edges.isEmpty() ? null : edges.get(0).cursor(),
					edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
			return new Connection<>(List.copyOf(edges), pageInfo, total, exact);
		}

	}

}
