package dev.newsgraph.quote;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.system.BadRequestException;
import dev.newsgraph.system.Connection;
import dev.newsgraph.system.Keyset;
import dev.newsgraph.system.KeysetPager;
import dev.newsgraph.system.NodeFinder;
import dev.newsgraph.system.Page;

/**
 * Reads quotes, always in article order and then in order of appearance.
 */
@Repository
public class QuoteRepository implements NodeFinder {

	private static final String COLUMNS = """
			q.id, q.article_id, q.start_offset as start, q.end_offset as "end", q.text, q.speaker_id,
			q.organization_id, q.role, q.context""";

	private static final RowMapper<Quote> ROW = new DataClassRowMapper<>(Quote.class);

	private static final Keyset IN_ARTICLE_ORDER = Keyset.of("position", false,
			new Keyset.Key("q.article_id", "bigint"), new Keyset.Key("q.start_offset", "integer"));

	private final JdbcClient jdbc;

	private final KeysetPager pager;

	QuoteRepository(JdbcClient jdbc, KeysetPager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String type() {
		return "Quote";
	}

	@Override
	public Map<Long, Quote> findByIds(Collection<Long> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from quotes q where q.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(ROW)
			.list()
			.stream()
			.collect(Collectors.toMap(Quote::id, Function.identity()));
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
		KeysetPager.Query query = KeysetPager.Query.of("Query.quotes" + filter, COLUMNS, "quotes q");
		if (filter.speaker() != null) {
			query = query.where("q.speaker_id = (select p.id from people p where p.slug = :speaker)", "speaker",
					filter.speaker());
		}
		if (filter.organization() != null) {
			query = query.where("q.organization_id = (select o.id from organizations o where o.slug = :organization)",
					"organization", filter.organization());
		}
		if (filter.about() != null) {
			query = query.where("""
					exists (select 1 from quote_about qa join organizations o on o.id = qa.organization_id
					        where qa.quote_id = q.id and o.slug = :about)""", "about", filter.about());
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
		return this.pager.page(query, IN_ARTICLE_ORDER, page, withTotal, ROW);
	}

	/** What each person said. */
	public Map<Long, Connection<Quote>> pagesBySpeaker(Collection<Long> personIds, Page page, boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Person.quotes", COLUMNS, "quotes q"), "q.speaker_id = PARENT",
				personIds, IN_ARTICLE_ORDER, page, withTotal, ROW);
	}

	/** What was said on behalf of each organization. */
	public Map<Long, Connection<Quote>> pagesBySpokenFor(Collection<Long> organizationIds, Page page,
			boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Organization.quotes", COLUMNS, "quotes q"),
				"q.organization_id = PARENT", organizationIds, IN_ARTICLE_ORDER, page, withTotal, ROW);
	}

	/** The quotes whose text names each organization. */
	public Map<Long, Connection<Quote>> pagesByAbout(Collection<Long> organizationIds, Page page, boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Organization.quotesAbout", COLUMNS, "quotes q"),
				"exists (select 1 from quote_about qa where qa.quote_id = q.id and qa.organization_id = PARENT)",
				organizationIds, IN_ARTICLE_ORDER, page, withTotal, ROW);
	}

}
