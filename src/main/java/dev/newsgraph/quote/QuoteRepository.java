package dev.newsgraph.quote;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.dataset.DatasetTotals;
import dev.newsgraph.paging.Keyset;
import dev.newsgraph.paging.KeysetPager;
import dev.newsgraph.node.NodeFinder;
import dev.newsgraph.node.RowLookup;
import dev.newsgraph.paging.Page;

/**
 * Reads quotes, always in article order and then in order of appearance.
 */
@Repository
public class QuoteRepository implements NodeFinder {

	private static final String COLUMNS = """
			q.id, q.article_id, q.start_offset as start, q.end_offset as "end", q.text, q.speaker_id,
			q.organization_id, q.role, q.context""";

	// by column name: DataClassRowMapper's misses on camelCase names each cost an
	// exception
	private static final RowMapper<Quote> ROW = (rs, row) -> new Quote(rs.getLong("id"), rs.getLong("article_id"),
			rs.getInt("start"), rs.getInt("end"), rs.getString("text"), rs.getObject("speaker_id", Long.class),
			rs.getObject("organization_id", Long.class), rs.getString("role"), rs.getString("context"));

	private static final Keyset IN_ARTICLE_ORDER = Keyset.of("position", false,
			new Keyset.Key("q.article_id", "bigint"), new Keyset.Key("q.start_offset", "integer"));

	/** The same order through {@code organization_quotes_about d}, which carries it. */
	private static final Keyset ABOUT_IN_ARTICLE_ORDER = Keyset.of("position", false,
			new Keyset.Key("d.article_id", "bigint"), new Keyset.Key("d.start_offset", "integer"));

	private final JdbcClient jdbc;

	private final RowLookup<Quote> lookup;

	private final KeysetPager pager;

	private final DatasetTotals totals;

	QuoteRepository(JdbcClient jdbc, KeysetPager pager, DatasetTotals totals) {
		this.jdbc = jdbc;
		this.lookup = new RowLookup<>(jdbc, "quotes q", COLUMNS, ROW, Quote::id);
		this.pager = pager;
		this.totals = totals;
	}

	@Override
	public String type() {
		return "Quote";
	}

	@Override
	public Map<Long, Quote> findByIds(Collection<Long> ids) {
		return this.lookup.byIds(ids);
	}

	/** Each article's quotes, in order of appearance. */
	public Map<Long, List<Quote>> findByArticles(Collection<Long> articleIds) {
		Map<Long, List<Quote>> quotes = new LinkedHashMap<>();
		this.jdbc
			.sql("select " + COLUMNS
					+ " from quotes q where q.article_id = any(:ids) order by q.article_id, q.start_offset")
			.param("ids", articleIds.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				Quote quote = ROW.mapRow(rs, rs.getRow());
				quotes.computeIfAbsent(quote.articleId(), (id) -> new ArrayList<>()).add(quote);
			});
		return quotes;
	}

	Connection<Quote> page(QuoteFilter filter, Page page, boolean withTotal) {
		String scope = "Query.quotes" + filter;
		KeysetPager.Query query;
		Keyset keyset;
		if (filter.about() != null) {
			// the quotes that name an organization, from its own list in quote order
			query = KeysetPager.Query
				.of(scope, COLUMNS, "organization_quotes_about d join quotes q on q.id = d.quote_id")
				.where("d.organization_id = (select o.id from organizations o where o.slug = :about)", "about",
						filter.about());
			keyset = ABOUT_IN_ARTICLE_ORDER;
		}
		else {
			query = KeysetPager.Query.of(scope, COLUMNS, "quotes q");
			keyset = IN_ARTICLE_ORDER;
		}
		if (filter.speaker() != null) {
			query = query.where("q.speaker_id = (select p.id from people p where p.slug = :speaker)", "speaker",
					filter.speaker());
		}
		if (filter.organization() != null) {
			query = query.where("q.organization_id = (select o.id from organizations o where o.slug = :organization)",
					"organization", filter.organization());
		}
		if (filter.article() != null) {
			query = query.where("q.article_id = (select a.id from articles a where a.slug = :article)", "article",
					filter.article());
		}
		if (filter.search() != null) {
			if (filter.search().isBlank()) {
				throw new BadRequestException("filter.search must not be blank");
			}
			query = query.where("q.search_vector @@ websearch_to_tsquery('newsgraph_english', :search)", "search",
					filter.search());
		}
		if (withTotal && filter.equals(QuoteFilter.NONE)) {
			query = query.withTotal(this.totals.of(DatasetTotals.Type.QUOTES));
		}
		return this.pager.page(query, keyset, page, withTotal, ROW);
	}

	/** What each person said. */
	public Map<Long, Connection<Quote>> pagesBySpeaker(Collection<Long> personIds, Page page, boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Person.quotes", COLUMNS, "quotes q"), "q.speaker_id = PARENT",
				personIds, IN_ARTICLE_ORDER, page,
				"select id as parent_key, quote_count as total from people where id = any(:parents)", withTotal, ROW);
	}

	/** What was said on behalf of each organization. */
	public Map<Long, Connection<Quote>> pagesBySpokenFor(Collection<Long> organizationIds, Page page,
			boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Organization.quotes", COLUMNS, "quotes q"),
				"q.organization_id = PARENT", organizationIds, IN_ARTICLE_ORDER, page,
				"select id as parent_key, quote_count as total from organizations where id = any(:parents)", withTotal,
				ROW);
	}

	/** The quotes whose text names each organization. */
	public Map<Long, Connection<Quote>> pagesByAbout(Collection<Long> organizationIds, Page page, boolean withTotal) {
		return this.pager.pages(
				KeysetPager.Query.of("Organization.quotesAbout", COLUMNS,
						"organization_quotes_about d join quotes q on q.id = d.quote_id"),
				"d.organization_id = PARENT", organizationIds, ABOUT_IN_ARTICLE_ORDER, page,
				"select id as parent_key, quote_about_count as total from organizations where id = any(:parents)",
				withTotal, ROW);
	}

}
