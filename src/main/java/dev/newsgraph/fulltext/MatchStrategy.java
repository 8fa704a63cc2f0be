package dev.newsgraph.fulltext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.paging.Page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How to find the newest articles that match a full-text query. There are two ways, and
 * each is a thousand times slower than the other on the wrong words:
 * <ul>
 * <li>walk the articles newest first and test each one's text: cheap for a word most
 * articles have (the page fills at once), ruinous for a rare one (every article's vector
 * is read and decompressed, 20 to 80 µs each at 1M articles);
 * <li>take every match from the GIN index, then sort them: cheap for a rare word, ruinous
 * for a common one (5 to 10 µs per match, and there may be a million).
 * </ul>
 * PostgreSQL costs the vector test as if it were free, so at a million articles it walks
 * for a word in 0.1% of them and takes seconds. This asks the planner only for its
 * estimate of the matches, which it gets right from the column's statistics, and chooses.
 */
@Component
public class MatchStrategy {

	/** How much more a walked article costs than a match taken from the index. */
	private static final double WALK_COST_PER_MATCH_COST = 4;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final GraphQlLimits limits;

	MatchStrategy(JdbcClient jdbc, GraphQlLimits limits) {
		this.jdbc = jdbc;
		this.limits = limits;
	}

	/**
	 * @param query the full-text query, in web-search syntax
	 * @param page the page of newest matches wanted
	 * @return whether taking every match from the index costs less than walking the
	 * articles until the page is full
	 */
	public boolean throughIndex(String query, Page page) {
		return estimate(query).throughIndex(page.size(this.limits.defaultPageSize()) + 1);
	}

	/** The planner's estimate of the articles that match a full-text query. */
	public Estimate estimate(String query) {
		// one plan for both estimates: the matches, and all articles as the planner sees
		// them
		String plan = this.jdbc.sql("""
				explain (format json)
				select 1 from articles a where a.search_vector @@ websearch_to_tsquery('newsgraph_english', :query)
				union all
				select 1 from articles a""").param("query", query).query(String.class).single();
		JsonNode branches = json.readTree(plan).path(0).path("Plan").path("Plans");
		return new Estimate(branches.path(0).path("Plan Rows").asDouble(),
				(long) branches.path(1).path("Plan Rows").asDouble());
	}

	/**
	 * How many articles the planner expects to match, out of how many.
	 *
	 * @param matches the estimated matches
	 * @param articles every article
	 */
	public record Estimate(double matches, long articles) {

		/**
		 * Whether taking every match from the index costs less than walking the articles
		 * until {@code wanted} matched. The index costs {@code matches} units; the walk
		 * costs {@code wanted / share} rows of {@link #WALK_COST_PER_MATCH_COST} units
		 * each, with {@code share = matches / articles}.
		 */
		public boolean throughIndex(int wanted) {
			return this.matches * this.matches < WALK_COST_PER_MATCH_COST * wanted * this.articles;
		}

		/**
		 * Whether the matches surely exceed {@code count}: the estimate is ten times over
		 * it. Only words in a large share of the articles get such an estimate, and the
		 * statistics know those well (their most common elements).
		 */
		public boolean surelyMoreThan(int count) {
			return this.matches >= 10.0 * count;
		}

	}

	/**
	 * The articles ({@code a}) that match the full-text query in the parameter
	 * {@code :search}, as a condition for a page in any order.
	 */
	public static String condition(boolean throughIndex) {
		String matches = "search_vector @@ websearch_to_tsquery('newsgraph_english', :search)";
		return throughIndex ? "a.id = any(array(select x.id from articles x where x." + matches + "))" : "a." + matches;
	}

	/**
	 * The newest-first sort key of articles ({@code a}), for a statement that orders its
	 * matches and takes the first: through the index, an expression no index serves, so
	 * that PostgreSQL cannot walk.
	 */
	public static String newestFirst(boolean throughIndex) {
		return throughIndex ? "(coalesce(a.published_on, '-infinity'::date) + 0)"
				: "coalesce(a.published_on, '-infinity'::date)";
	}

}
