package dev.newsgraph.article;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import dev.newsgraph.system.OrderDirection;
import dev.newsgraph.system.Page;

/**
 * Reads articles: by slug and id, as keyset-paged connections (top-level and per
 * organization or person), with their mentions and related articles.
 */
@Repository
public class ArticleRepository implements NodeFinder {

	private static final String COLUMNS = """
			a.id, a.slug, a.title, a.body, a.source_id, a.url, a.published_on as published_at,
			a.published_precision, a.byline, a.word_count""";

	private static final RowMapper<Article> ROW = new DataClassRowMapper<>(Article.class);

	static final Keyset BY_PUBLISHED_AT = Keyset.of("publishedAt", true,
			new Keyset.Key("coalesce(a.published_on, '-infinity'::date)", "date"), new Keyset.Key("a.id", "bigint"));

	static final Keyset BY_TITLE = Keyset.of("title", false, new Keyset.Key("a.title", "text"),
			new Keyset.Key("a.id", "bigint"));

	private final JdbcClient jdbc;

	private final KeysetPager pager;

	ArticleRepository(JdbcClient jdbc, KeysetPager pager) {
		this.jdbc = jdbc;
		this.pager = pager;
	}

	@Override
	public String type() {
		return "Article";
	}

	Optional<Article> findBySlug(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from articles a where a.slug = :slug")
			.param("slug", slug)
			.query(ROW)
			.optional();
	}

	@Override
	public Map<Long, Article> findByIds(Collection<Long> ids) {
		return this.jdbc.sql("select " + COLUMNS + " from articles a where a.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query(ROW)
			.list()
			.stream()
			.collect(Collectors.toMap(Article::id, Function.identity()));
	}

	Connection<Article> page(ArticleFilter filter, ArticleOrder order, Page page, boolean withTotal) {
		KeysetPager.Query query = KeysetPager.Query.of("Query.articles" + filter, COLUMNS, "articles a");
		if (filter.search() != null) {
			if (filter.search().isBlank()) {
				throw new BadRequestException("filter.search must not be blank");
			}
			query = query.where("a.search_vector @@ websearch_to_tsquery('newsgraph_english', :search)", "search",
					filter.search());
		}
		if (filter.organizations() != null && !filter.organizations().isEmpty()) {
			query = query.where("""
					(select count(distinct o.slug) from organization_mentions m
					 join organizations o on o.id = m.organization_id
					 where m.article_id = a.id and o.slug = any(:organizations)) = cardinality(:organizations)""",
					"organizations", filter.organizations().stream().distinct().toArray(String[]::new));
		}
		if (filter.people() != null && !filter.people().isEmpty()) {
			query = query.where("""
					(select count(distinct p.slug) from article_people ap join people p on p.id = ap.person_id
					 where ap.article_id = a.id and p.slug = any(:people)) = cardinality(:people)""", "people",
					filter.people().stream().distinct().toArray(String[]::new));
		}
		if (filter.source() != null) {
			query = query.where("a.source_id = (select s.id from sources s where s.slug = :source)", "source",
					filter.source());
		}
		if (filter.publishedAfter() != null) {
			query = query.where("a.published_on >= :publishedAfter", "publishedAfter", filter.publishedAfter());
		}
		if (filter.publishedBefore() != null) {
			query = query.where("a.published_on <= :publishedBefore", "publishedBefore", filter.publishedBefore());
		}
		Keyset keyset = (order.field() == ArticleOrder.Field.TITLE) ? BY_TITLE : BY_PUBLISHED_AT;
		return this.pager.page(query, keyset.direction(order.direction() == OrderDirection.DESC), page, withTotal, ROW);
	}

	/** Articles that mention each organization, newest first. */
	public Map<Long, Connection<Article>> pagesByOrganization(Collection<Long> organizationIds, Page page,
			boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Organization.articles", COLUMNS, "articles a"),
				"""
						exists (select 1 from organization_mentions m where m.article_id = a.id and m.organization_id = PARENT)""",
				organizationIds, BY_PUBLISHED_AT, page, withTotal, ROW);
	}

	/** Articles that quote or name each person, newest first. */
	public Map<Long, Connection<Article>> pagesByPerson(Collection<Long> personIds, Page page, boolean withTotal) {
		return this.pager.pages(KeysetPager.Query.of("Person.articles", COLUMNS, "articles a"), """
				exists (select 1 from article_people ap where ap.article_id = a.id and ap.person_id = PARENT)""",
				personIds, BY_PUBLISHED_AT, page, withTotal, ROW);
	}

	/** Each article's organizations, in order of first mention, with every span. */
	Map<Long, List<OrganizationMention>> mentions(Collection<Long> articleIds) {
		Map<Long, Map<Long, List<OrganizationMention.Span>>> spans = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.article_id, m.organization_id, m.start_offset, m.end_offset,
				       substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) as text
				from organization_mentions m join articles a on a.id = m.article_id
				where m.article_id = any(:ids)
				order by m.article_id, m.start_offset
				""").param("ids", articleIds.toArray(Long[]::new)).query((java.sql.ResultSet rs) -> {
			spans.computeIfAbsent(rs.getLong("article_id"), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>())
				.add(new OrganizationMention.Span(rs.getInt("start_offset"), rs.getInt("end_offset"),
						rs.getString("text")));
		});
		Map<Long, List<OrganizationMention>> mentions = new LinkedHashMap<>();
		spans.forEach((article, byOrganization) -> mentions.put(article,
				byOrganization.entrySet()
					.stream()
					.map((entry) -> new OrganizationMention(entry.getKey(), List.copyOf(entry.getValue())))
					.toList()));
		return mentions;
	}

	/**
	 * Each article's closest others. Every organization or person two articles share adds
	 * 1 / (articles it appears in), so a rare tie counts more than one every article has.
	 */
	Map<Long, List<RelatedArticle>> related(Collection<Long> articleIds, int first) {
		Map<Long, List<RelatedArticle>> related = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					with ties as (
					    select m1.article_id, m2.article_id as other, o.id as organization_id, 1.0 / o.mention_count as weight
					    from (select distinct article_id, organization_id from organization_mentions
					          where article_id = any(:ids)) m1
					    join (select distinct article_id, organization_id from organization_mentions) m2
					      on m2.organization_id = m1.organization_id and m2.article_id <> m1.article_id
					    join organizations o on o.id = m1.organization_id
					    union all
					    select p1.article_id, p2.article_id, null,
					           1.0 / (select count(*) from article_people ap where ap.person_id = p1.person_id)
					    from article_people p1
					    join article_people p2 on p2.person_id = p1.person_id and p2.article_id <> p1.article_id
					    where p1.article_id = any(:ids)
					),
					scored as (
					    select article_id, other, sum(weight)::float8 as score,
					           array_remove(array_agg(organization_id order by organization_id), null) as shared,
					           row_number() over (partition by article_id order by sum(weight) desc, other) as rank
					    from ties group by article_id, other
					)
					select article_id, other, score, shared from scored where rank <= :first
					order by article_id, rank
					""")
			.param("ids", articleIds.toArray(Long[]::new))
			.param("first", first)
			.query((java.sql.ResultSet rs) -> {
				Array shared = rs.getArray("shared");
				related.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
					.add(new RelatedArticle(rs.getLong("other"), rs.getDouble("score"),
							Arrays.asList((Long[]) shared.getArray())));
			});
		return related;
	}

}
