package dev.newsgraph.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.fulltext.MatchStrategy;
import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.dataset.DatasetTotals;
import dev.newsgraph.paging.Keyset;
import dev.newsgraph.paging.KeysetPager;
import dev.newsgraph.node.NodeFinder;
import dev.newsgraph.node.RowLookup;
import dev.newsgraph.paging.OrderDirection;
import dev.newsgraph.paging.Page;

/**
 * Reads articles: by slug and id, as keyset-paged connections (top-level and per
 * organization or person), with their related articles.
 */
@Repository
public class ArticleRepository implements NodeFinder {

	/** Every column but the body, which is loaded only when asked for. */
	private static final String COLUMNS = """
			a.id, a.slug, a.title, a.source_id, a.url, a.published_on as published_at, a.published_precision,
			a.byline, a.word_count""";

	// by column name, explicitly: DataClassRowMapper first tries each camelCase name as a
	// column, and every miss builds a PSQLException with a formatted message, per row
	private static final RowMapper<Article> ROW = (rs, row) -> new Article(rs.getLong("id"), rs.getString("slug"),
			rs.getString("title"), rs.getObject("source_id", Long.class), rs.getString("url"),
			rs.getObject("published_at", LocalDate.class), rs.getString("published_precision"), rs.getString("byline"),
			rs.getInt("word_count"));

	static final Keyset BY_PUBLISHED_AT = Keyset.of("publishedAt", true,
			new Keyset.Key("coalesce(a.published_on, '-infinity'::date)", "date"), new Keyset.Key("a.id", "bigint"));

	static final Keyset BY_TITLE = Keyset.of("title", false, new Keyset.Key("a.title collate catalogue", "text"),
			new Keyset.Key("a.id", "bigint"));

	/** The same orderings through a link table {@code d} that carries the positions. */
	private static final Keyset BY_PUBLISHED_RANK = Keyset.of("publishedRank", true,
			new Keyset.Key("d.published_rank", "integer"));

	private static final Keyset BY_TITLE_RANK = Keyset.of("titleRank", false,
			new Keyset.Key("d.title_rank", "integer"));

	/** A related article is looked for among this many newest articles of each tie. */
	static final int RELATED_REACH = 200;

	private final JdbcClient jdbc;

	private final RowLookup<Article> lookup;

	private final KeysetPager pager;

	private final DatasetTotals totals;

	private final MatchStrategy matchStrategy;

	ArticleRepository(JdbcClient jdbc, KeysetPager pager, DatasetTotals totals, MatchStrategy matchStrategy) {
		this.jdbc = jdbc;
		this.lookup = new RowLookup<>(jdbc, "articles a", COLUMNS, ROW, Article::id);
		this.pager = pager;
		this.totals = totals;
		this.matchStrategy = matchStrategy;
	}

	@Override
	public String type() {
		return "Article";
	}

	Optional<Article> findBySlug(String slug) {
		return this.lookup.bySlug(slug);
	}

	@Override
	public Map<Long, Article> findByIds(Collection<Long> ids) {
		return this.lookup.byIds(ids);
	}

	Map<Long, String> bodies(Collection<Long> ids) {
		Map<Long, String> bodies = new HashMap<>();
		this.jdbc.sql("select id, body from articles where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				bodies.put(rs.getLong("id"), rs.getString("body"));
			});
		return bodies;
	}

	/**
	 * A page of articles. With organizations or people to match, the page walks the link
	 * table of the one in fewest articles, in the ordering's position, and checks the
	 * others per row; otherwise it walks the ordering's index on articles.
	 */
	Connection<Article> page(ArticleFilter filter, ArticleOrder order, Page page, boolean withTotal) {
		List<Link> links = links(distinct(filter.organizations()), distinct(filter.people()));
		if (links == null) {
			return Connection.empty();
		}
		boolean byTitle = order.field() == ArticleOrder.Field.TITLE;
		String scope = "Query.articles" + filter;
		KeysetPager.Query query;
		Keyset keyset;
		if (links.isEmpty()) {
			query = KeysetPager.Query.of(scope, COLUMNS, "articles a");
			keyset = byTitle ? BY_TITLE : BY_PUBLISHED_AT;
			if (filter.publishedAfter() != null) {
				query = query.where("coalesce(a.published_on, '-infinity'::date) >= :publishedAfter", "publishedAfter",
						filter.publishedAfter());
			}
			if (filter.publishedBefore() != null) {
				query = query.where("""
						coalesce(a.published_on, '-infinity'::date) <= :publishedBefore
						and coalesce(a.published_on, '-infinity'::date) > '-infinity'::date""", "publishedBefore",
						filter.publishedBefore());
			}
			if (withTotal && filter.equals(ArticleFilter.NONE)) {
				query = query.withTotal(this.totals.of(DatasetTotals.Type.ARTICLES));
			}
		}
		else {
			Link driver = links.stream().min(Comparator.comparingInt(Link::articles)).orElseThrow();
			query = KeysetPager.Query.of(scope, COLUMNS, driver.table() + " d join articles a on a.id = d.article_id")
				.where("d." + driver.column() + " = :driver", "driver", driver.id());
			keyset = byTitle ? BY_TITLE_RANK : BY_PUBLISHED_RANK;
			query = alsoLinked(query, links, driver, "organization");
			query = alsoLinked(query, links, driver, "person");
			query = publishedBetween(query, filter.publishedAfter(), filter.publishedBefore());
			if (links.size() == 1 && filter.search() == null && filter.source() == null
					&& filter.publishedAfter() == null && filter.publishedBefore() == null) {
				query = query.withTotal(driver.articles());
			}
		}
		if (filter.search() != null) {
			if (filter.search().isBlank()) {
				throw new BadRequestException("filter.search must not be blank");
			}
			boolean throughIndex = this.matchStrategy.throughIndex(filter.search(), page);
			query = query.where(MatchStrategy.condition(throughIndex), "search", filter.search());
		}
		if (filter.source() != null) {
			query = query.where("a.source_id = (select s.id from sources s where s.slug = :source)", "source",
					filter.source());
		}
		return this.pager.page(query, keyset.direction(order.direction() == OrderDirection.DESC), page, withTotal, ROW);
	}

	/**
	 * An organization or person an article filter names, with the table that links it to
	 * its articles and how many it is in.
	 */
	private record Link(String kind, long id, int articles) {

		String table() {
			return this.kind.equals("organization") ? "organization_articles" : "person_articles";
		}

		String column() {
			return this.kind.equals("organization") ? "organization_id" : "person_id";
		}

	}

	/** The named organizations and people, or null when one of them does not exist. */
	private List<Link> links(List<String> organizations, List<String> people) {
		if (organizations.isEmpty() && people.isEmpty()) {
			return List.of();
		}
		List<Link> links = this.jdbc
			.sql("""
					select 'organization' as kind, id, mention_count as articles from organizations where slug = any(:organizations)
					union all
					select 'person', id, article_count from people where slug = any(:people)
					""")
			.param("organizations", organizations.toArray(String[]::new))
			.param("people", people.toArray(String[]::new))
			.query(new DataClassRowMapper<>(Link.class))
			.list();
		return (links.size() == organizations.size() + people.size()) ? links : null;
	}

	/** Rows of the driving link must also be linked to the other entities of a kind. */
	private static KeysetPager.Query alsoLinked(KeysetPager.Query query, List<Link> links, Link driver, String kind) {
		Long[] others = links.stream()
			.filter((link) -> link.kind().equals(kind) && link != driver)
			.map(Link::id)
			.toArray(Long[]::new);
		if (others.length == 0) {
			return query;
		}
		Link sample = new Link(kind, 0, 0);
		return query.where("(select count(*) from " + sample.table() + " x where x.article_id = d.article_id and x."
				+ sample.column() + " = any(:" + kind + "Others)) = " + others.length, kind + "Others", others);
	}

	/**
	 * A date window as a range of positions, found in {@code article_positions}, so that
	 * it bounds the walk of a link table's index.
	 */
	private static KeysetPager.Query publishedBetween(KeysetPager.Query query, LocalDate after, LocalDate before) {
		if (after != null) {
			query = query.where("""
					d.published_rank >= (select p.published_rank from article_positions p
					                     where p.published_key >= :publishedAfter
					                     order by p.published_key, p.published_rank limit 1)""", "publishedAfter",
					after);
		}
		if (before != null) {
			query = query.where("""
					d.published_rank <= (select p.published_rank from article_positions p
					                     where p.published_key <= :publishedBefore
					                     order by p.published_key desc, p.published_rank desc limit 1)
					and d.published_rank >= (select p.published_rank from article_positions p
					                         where p.published_key > '-infinity'::date
					                         order by p.published_key, p.published_rank limit 1)""", "publishedBefore",
					before);
		}
		return query;
	}

	private static List<String> distinct(List<String> slugs) {
		return (slugs != null) ? slugs.stream().distinct().toList() : List.of();
	}

	/** Articles that mention each organization, newest first. */
	public Map<Long, Connection<Article>> pagesByOrganization(Collection<Long> organizationIds, Page page,
			boolean withTotal) {
		return this.pager.pages(
				KeysetPager.Query.of("Organization.articles", COLUMNS,
						"organization_articles d join articles a on a.id = d.article_id"),
				"d.organization_id = PARENT", organizationIds, BY_PUBLISHED_RANK, page,
				"select id as parent_key, mention_count as total from organizations where id = any(:parents)",
				withTotal, ROW);
	}

	/** Articles that quote or name each person, newest first. */
	public Map<Long, Connection<Article>> pagesByPerson(Collection<Long> personIds, Page page, boolean withTotal) {
		return this.pager.pages(
				KeysetPager.Query.of("Person.articles", COLUMNS,
						"person_articles d join articles a on a.id = d.article_id"),
				"d.person_id = PARENT", personIds, BY_PUBLISHED_RANK, page,
				"select id as parent_key, article_count as total from people where id = any(:parents)", withTotal, ROW);
	}

	/**
	 * Each article's closest others. Every organization or person two articles share adds
	 * 1 / (articles it appears in), so a rare tie counts more than one every article has.
	 * Candidates are the {@link #RELATED_REACH} newest articles of each tie, so the cost
	 * follows the article's ties, not how many articles the common ones are in.
	 */
	Map<Long, List<RelatedArticle>> related(Collection<Long> articleIds, int first) {
		Map<Long, List<RelatedArticle>> related = new LinkedHashMap<>();
		this.jdbc.sql("""
				with ties as (
				    select m.article_id, true as organization, m.organization_id as tie, 1.0 / o.mention_count as weight
				    from (select distinct article_id, organization_id from organization_mentions
				          where article_id = any(:ids)) m
				    join organizations o on o.id = m.organization_id
				    union all
				    select ap.article_id, false, ap.person_id, 1.0 / p.article_count
				    from article_people ap join people p on p.id = ap.person_id
				    where ap.article_id = any(:ids)
				),
				scored as (
				    select t.article_id, c.other, sum(t.weight)::float8 as score,
				           row_number() over (partition by t.article_id order by sum(t.weight) desc, c.other) as rank
				    from ties t
				    cross join lateral (
				        (select x.article_id as other from organization_articles x
				         where t.organization and x.organization_id = t.tie
				         order by x.published_rank desc limit :reach)
				        union all
				        (select x.article_id from person_articles x
				         where not t.organization and x.person_id = t.tie
				         order by x.published_rank desc limit :reach)
				    ) c
				    where c.other <> t.article_id
				    group by t.article_id, c.other
				)
				select s.article_id, s.other, s.score,
				       array(select m.organization_id from organization_mentions m where m.article_id = s.article_id
				             intersect
				             select m.organization_id from organization_mentions m where m.article_id = s.other
				             order by 1) as shared
				from scored s where s.rank <= :first
				order by s.article_id, s.rank
				""")
			.param("ids", articleIds.toArray(Long[]::new))
			.param("first", first)
			.param("reach", RELATED_REACH)
			.query((ResultSet rs) -> {
				Array shared = rs.getArray("shared");
				related.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
					.add(new RelatedArticle(rs.getLong("other"), rs.getDouble("score"),
							Arrays.asList((Long[]) shared.getArray())));
			});
		return related;
	}

}
