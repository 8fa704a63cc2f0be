package dev.newsgraph.search;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.fulltext.MatchStrategy;
import dev.newsgraph.organization.OrganizationRepository;
import dev.newsgraph.person.PersonRepository;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.paging.Keyset;
import dev.newsgraph.paging.KeysetPager;
import dev.newsgraph.paging.Page;

/**
 * Ranks hits across the four searchable types in one statement, then highlights only the
 * page's hits.
 */
@Repository
class SearchRepository {

	// ts_headline marks matches with these; the snippet is HTML-escaped, then they become
	// <mark>
	private static final String START = "\u2045";

	private static final String STOP = "\u2046";

	private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	/**
	 * Articles and quotes are ranked among their {@link #REACH} newest matches: ranking
	 * every match of a word most articles have would cost what the table costs.
	 */
	static final int REACH = 1000;

	private static final String TSQUERY = "websearch_to_tsquery('newsgraph_english', :query)";

	private static final String HITS = """
			(select 'Article' as type, c.id, ts_rank(c.search_vector, %5$s)::float8 as rank
			 from (select a.id, a.search_vector from articles a where a.search_vector @@ %5$s
			       order by %6$s desc, a.id desc limit :reach) c
			 union all
			 select 'Quote', c.id, ts_rank(c.search_vector, %5$s)::float8
			 from (select qu.id, qu.search_vector from quotes qu where qu.search_vector @@ %5$s
			       order by qu.id desc limit :reach) c
			 union all
			 select 'Organization', o.id,
			        (select max(%3$s) from (select o.name union all select al.alias from organization_aliases al
			                                where al.organization_id = o.id) n(name))::float8
			 from organizations o where %1$s
			 union all
			 select 'Person', p.id, (%4$s)::float8
			 from people p where %2$s
			) h""";

	/** The hits, with the articles that match found by walking them or from the index. */
	private static final Map<Boolean, String> HITS_THROUGH_INDEX = Map.of(true, hits(true), false, hits(false));

	private static String hits(boolean throughIndex) {
		return HITS.formatted(OrganizationRepository.NAME_MATCHES, PersonRepository.NAME_MATCHES, nameRank("n.name"),
				nameRank("p.name"), TSQUERY, MatchStrategy.newestFirst(throughIndex));
	}

	/**
	 * Every match, counted up to the count limit; articles are not counted when the
	 * planner is sure they exceed it (a word in most articles), since counting them would
	 * read ten thousand of them.
	 */
	private static final String MATCHES = """
			select %4$s
			     + (select count(*) from (select 1 from quotes q where q.search_vector @@ %3$s limit :countLimit) q)
			     + (select count(*) from organizations o where %1$s)
			     + (select count(*) from people p where %2$s)""";

	private static final Map<Boolean, String> MATCHES_WITH_ARTICLES_SURELY_OVER = Map.of(false,
			MATCHES.formatted(OrganizationRepository.NAME_MATCHES, PersonRepository.NAME_MATCHES, TSQUERY,
					"(select count(*) from (select 1 from articles a where a.search_vector @@ %s limit :countLimit) a)"
						.formatted(TSQUERY)),
			true, MATCHES.formatted(OrganizationRepository.NAME_MATCHES, PersonRepository.NAME_MATCHES, TSQUERY,
					":countLimit"));

	/**
	 * How well a name matches: the mean of pg_trgm's word similarity (is the query in the
	 * name?) and similarity (is the name the query?), so an exact name outranks a longer
	 * one.
	 */
	private static String nameRank(String name) {
		String query = "immutable_unaccent(lower(:name))";
		String unaccented = "immutable_unaccent(lower(" + name + "))";
		return "(word_similarity(" + query + ", " + unaccented + ") + similarity(" + query + ", " + unaccented
				+ ")) / 2";
	}

	private static final Keyset BY_RANK = Keyset.of("rank", true, new Keyset.Key("h.rank", "float8"),
			new Keyset.Key("h.type", "text"), new Keyset.Key("h.id", "bigint"));

	private final JdbcClient jdbc;

	private final KeysetPager pager;

	private final GraphQlLimits limits;

	private final MatchStrategy matchStrategy;

	SearchRepository(JdbcClient jdbc, KeysetPager pager, GraphQlLimits limits, MatchStrategy matchStrategy) {
		this.jdbc = jdbc;
		this.pager = pager;
		this.limits = limits;
		this.matchStrategy = matchStrategy;
	}

	Connection<SearchResult> search(String query, Page page, boolean withTotal) {
		MatchStrategy.Estimate articles = this.matchStrategy.estimate(query);
		String from = HITS_THROUGH_INDEX.get(articles.throughIndex(REACH));
		KeysetPager.Query hits = KeysetPager.Query
			.of("Query.search:" + query, "h.type, h.id, h.rank, '' as highlight", from)
			.param("query", query)
			.param("name", query)
			.param("reach", REACH);
		Connection<SearchResult> found = this.pager.page(hits, BY_RANK, page, false,
				new DataClassRowMapper<>(SearchResult.class));
		Map<String, String> highlights = highlights(query, found.nodes());
		int total = -1;
		if (withTotal) {
			total = this.jdbc
				.sql(MATCHES_WITH_ARTICLES_SURELY_OVER.get(articles.surelyMoreThan(this.limits.countLimit())))
				.param("query", query)
				.param("name", query)
				.param("countLimit", this.limits.countLimit() + 1)
				.query(Integer.class)
				.single();
		}
		return new Connection<>(
				found.edges()
					.stream()
					.map((edge) -> new Connection.Edge<>(edge.cursor(),
							edge.node().withHighlight(highlights.get(edge.node().type() + ":" + edge.node().id()))))
					.toList(),
				found.pageInfo(), Math.min(total, this.limits.countLimit()), total <= this.limits.countLimit());
	}

	/**
	 * Snippets for the page's hits only: ts_headline is too costly to run on every match.
	 */
	private Map<String, String> highlights(String query, List<SearchResult> hits) {
		Map<String, List<Long>> ids = new HashMap<>();
		hits.forEach((hit) -> ids.computeIfAbsent(hit.type(), (type) -> new java.util.ArrayList<>()).add(hit.id()));
		Map<String, String> highlights = new HashMap<>();
		ids.forEach((type, typeIds) -> {
			String sql = switch (type) {
				case "Article" -> "select id, ts_headline('newsgraph_english', body, "
						+ "websearch_to_tsquery('newsgraph_english', :query), :options) as snippet from articles";
				case "Quote" -> "select id, ts_headline('newsgraph_english', text, "
						+ "websearch_to_tsquery('newsgraph_english', :query), :options) as snippet from quotes";
				case "Organization" -> "select id, :start || name || :stop as snippet from organizations";
				default -> "select id, :start || name || :stop as snippet from people";
			};
			this.jdbc.sql(sql + " where id = any(:ids)")
				.param("query", query)
				.param("options", HEADLINE_OPTIONS)
				.param("start", START)
				.param("stop", STOP)
				.param("ids", typeIds.toArray(Long[]::new))
				.query((ResultSet rs) -> {
					highlights.put(type + ":" + rs.getLong("id"), marked(rs.getString("snippet")));
				});
		});
		return highlights;
	}

	/** Escapes only what HTML needs, leaving accents and typography as they are. */
	private static String escapeHtml(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

	private static String marked(String snippet) {
		return escapeHtml(snippet.replaceAll("\\s+", " ").strip()).replace(START, "<mark>").replace(STOP, "</mark>");
	}

}
