package dev.newsgraph.facet;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Facet counts as SQL over the loaded rows (mentions, people, quotes), not the facet
 * index nor any derived table: what a response's {@code facets} must equal, in its shape;
 * and the responses, as the test documents ask for them.
 */
final class FacetRows {

	private FacetRows() {
	}

	/** An {@code ArticleFilter}; null for what it does not ask. */
	record ArticleFilter(List<String> organizations, List<String> people, String source, String publishedAfter,
			String publishedBefore, String search) {

		Map<String, Object> variables() {
			Map<String, Object> filter = new LinkedHashMap<>();
			put(filter, "organizations", this.organizations);
			put(filter, "people", this.people);
			put(filter, "source", this.source);
			put(filter, "publishedAfter", this.publishedAfter);
			put(filter, "publishedBefore", this.publishedBefore);
			put(filter, "search", this.search);
			return filter;
		}

		/** The articles {@code a} that meet every condition but {@code left}'s. */
		String where(String left) {
			List<String> conditions = new ArrayList<>(List.of("true"));
			if (this.organizations != null && !left.equals("organizations")) {
				conditions
					.add("""
							(select count(distinct o.slug) from organization_mentions m join organizations o on o.id = m.organization_id
							 where m.article_id = a.id and o.slug = any(:organizations)) = cardinality(:organizations)""");
			}
			if (this.people != null && !left.equals("people")) {
				conditions.add("""
						(select count(distinct p.slug) from article_people ap join people p on p.id = ap.person_id
						 where ap.article_id = a.id and p.slug = any(:people)) = cardinality(:people)""");
			}
			if (this.source != null && !left.equals("sources")) {
				conditions.add("a.source_id = (select id from sources where slug = :source)");
			}
			if (this.publishedAfter != null && !left.equals("dates")) {
				conditions.add("a.published_on >= cast(:publishedAfter as date)");
			}
			if (this.publishedBefore != null && !left.equals("dates")) {
				conditions.add("a.published_on <= cast(:publishedBefore as date)");
			}
			if (this.search != null) {
				conditions.add("a.search_vector @@ websearch_to_tsquery('newsgraph_english', :search)");
			}
			return String.join(" and ", conditions);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement
				.param("organizations", (this.organizations != null) ? this.organizations.toArray(String[]::new) : null)
				.param("people", (this.people != null) ? this.people.toArray(String[]::new) : null)
				.param("source", this.source)
				.param("publishedAfter", this.publishedAfter)
				.param("publishedBefore", this.publishedBefore)
				.param("search", this.search);
		}

	}

	/** A {@code QuoteFilter}; null for what it does not ask. */
	record QuoteFilter(String speaker, String organization, String about, String article, String search) {

		Map<String, Object> variables() {
			Map<String, Object> filter = new LinkedHashMap<>();
			put(filter, "speaker", this.speaker);
			put(filter, "organization", this.organization);
			put(filter, "about", this.about);
			put(filter, "article", this.article);
			put(filter, "search", this.search);
			return filter;
		}

		/** The quotes {@code q} that meet every condition but {@code left}'s. */
		String where(String left) {
			List<String> conditions = new ArrayList<>(List.of("true"));
			if (this.speaker != null && !left.equals("speakers")) {
				conditions.add("q.speaker_id = (select id from people where slug = :speaker)");
			}
			if (this.organization != null && !left.equals("organizations")) {
				conditions.add("q.organization_id = (select id from organizations where slug = :organization)");
			}
			if (this.about != null && !left.equals("about")) {
				conditions.add("""
						exists (select 1 from quote_about x join organizations o on o.id = x.organization_id
						        where x.quote_id = q.id and o.slug = :about)""");
			}
			if (this.article != null) {
				conditions.add("q.article_id = (select id from articles where slug = :article)");
			}
			if (this.search != null) {
				conditions.add("q.search_vector @@ websearch_to_tsquery('newsgraph_english', :search)");
			}
			return String.join(" and ", conditions);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			return statement.param("speaker", this.speaker)
				.param("organization", this.organization)
				.param("about", this.about)
				.param("article", this.article)
				.param("search", this.search);
		}

	}

	/**
	 * What {@code article-facets.graphql} must answer, each facet over the articles that
	 * meet every condition but its own ({@code disjunctive}) or all of them.
	 */
	static Map<String, Object> articleFacets(JdbcClient jdbc, ArticleFilter filter, boolean disjunctive, int fromYear,
			int toYear) {
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("articles",
				filter.bind(jdbc.sql("select count(*) from articles a where " + filter.where("")))
					.query(Integer.class)
					.single());
		facets.put("organizations", ranked(jdbc, filter, "organization", """
				select o.slug, count(distinct m.article_id) as count
				from organization_mentions m join organizations o on o.id = m.organization_id
				join articles a on a.id = m.article_id
				where %s
				group by o.id order by count desc, o.name collate catalogue, o.id limit 100
				""".formatted(filter.where(disjunctive ? "organizations" : ""))));
		facets.put("people", ranked(jdbc, filter, "person", """
				select p.slug, count(*) as count
				from article_people ap join people p on p.id = ap.person_id join articles a on a.id = ap.article_id
				where %s
				group by p.id order by count desc, p.name collate catalogue, p.id limit 100
				""".formatted(filter.where(disjunctive ? "people" : ""))));
		facets.put("sources", ranked(jdbc, filter, "source", """
				select s.slug, count(*) as count from articles a join sources s on s.id = a.source_id
				where %s
				group by s.id order by count desc, s.name collate catalogue, s.id
				""".formatted(filter.where(disjunctive ? "sources" : ""))));
		String dates = filter.where(disjunctive ? "dates" : "");
		facets.put("years", rows(filter.bind(jdbc.sql("""
				select extract(year from a.published_on)::int as year, count(*)::int as count from articles a
				where a.published_on is not null and %s
				group by 1 order by 1 desc
				""".formatted(dates)))));
		facets.put("months", rows(filter.bind(jdbc.sql("""
				select to_char(m.start, 'YYYY-MM-DD') as start, count(a.id)::int as count,
				       (count(a.id) filter (where a.published_precision = 'YEAR'))::int as "impreciseCount"
				from generate_series(make_date(:fromYear, 1, 1), make_date(:toYear, 12, 1), interval '1 month') m(start)
				left join articles a on date_trunc('month', a.published_on) = m.start and %s
				group by m.start order by m.start
				""".formatted(dates))).param("fromYear", fromYear).param("toYear", toYear)));
		return facets;
	}

	/**
	 * What {@code filtered-timeline.graphql} must answer: every bucket from the one that
	 * holds {@code from} to the one that holds {@code to}, as PostgreSQL's
	 * {@code date_trunc} cuts them.
	 */
	static List<Map<String, Object>> timeline(JdbcClient jdbc, ArticleFilter filter, String interval, String from,
			String to) {
		String unit = interval.toLowerCase(Locale.ROOT);
		String coarser = switch (interval) {
			case "YEAR" -> "false";
			case "MONTH" -> "a.published_precision = 'YEAR'";
			default -> "a.published_precision in ('YEAR', 'MONTH')";
		};
		return rows(filter.bind(jdbc.sql("""
				select to_char(b.start, 'YYYY-MM-DD') as start, count(a.id)::int as articles,
				       (count(a.id) filter (where %3$s))::int as "impreciseArticles",
				       coalesce(sum((select count(*) from quotes q where q.article_id = a.id)), 0)::int as quotes,
				       null as "quotesAbout"
				from generate_series(date_trunc('%1$s', cast(:from as date)), date_trunc('%1$s', cast(:to as date)),
				                     interval '1 %1$s') b(start)
				left join articles a on date_trunc('%1$s', a.published_on) = b.start and %2$s
				group by b.start order by b.start
				""".formatted(unit, filter.where(""), coarser))).param("from", from).param("to", to));
	}

	/** What {@code quote-facets.graphql} must answer. */
	static Map<String, Object> quoteFacets(JdbcClient jdbc, QuoteFilter filter, boolean disjunctive) {
		Map<String, Object> facets = new LinkedHashMap<>();
		facets.put("quotes",
				filter.bind(jdbc.sql("select count(*) from quotes q where " + filter.where("")))
					.query(Integer.class)
					.single());
		facets.put("speakers", ranked(jdbc, filter, "person", """
				select p.slug, count(*) as count from quotes q join people p on p.id = q.speaker_id
				where %s
				group by p.id order by count desc, p.name collate catalogue, p.id limit 100
				""".formatted(filter.where(disjunctive ? "speakers" : ""))));
		facets.put("organizations", ranked(jdbc, filter, "organization", """
				select o.slug, count(*) as count from quotes q join organizations o on o.id = q.organization_id
				where %s
				group by o.id order by count desc, o.name collate catalogue, o.id limit 100
				""".formatted(filter.where(disjunctive ? "organizations" : ""))));
		facets.put("about", ranked(jdbc, filter, "organization", """
				select o.slug, count(*) as count
				from quotes q join quote_about x on x.quote_id = q.id join organizations o on o.id = x.organization_id
				where %s
				group by o.id order by count desc, o.name collate catalogue, o.id limit 100
				""".formatted(filter.where(disjunctive ? "about" : ""))));
		facets.put("years", rows(filter.bind(jdbc.sql("""
				select extract(year from a.published_on)::int as year, count(*)::int as count
				from quotes q join articles a on a.id = q.article_id
				where a.published_on is not null and %s
				group by 1 order by 1 desc
				""".formatted(filter.where(""))))));
		return facets;
	}

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	/** The {@code facets} of {@code article-facets.graphql}. */
	static Map<String, Object> asked(GraphQlTester graphQl, ArticleFilter filter, int fromYear, int toYear) {
		return graphQl.documentName("article-facets")
			.variable("filter", filter.variables())
			.variable("fromYear", fromYear)
			.variable("toYear", toYear)
			.execute()
			.path("articles.facets")
			.entity(MAP)
			.get();
	}

	/** The {@code facets} of {@code quote-facets.graphql}. */
	static Map<String, Object> asked(GraphQlTester graphQl, QuoteFilter filter) {
		return graphQl.documentName("quote-facets")
			.variable("filter", filter.variables())
			.execute()
			.path("quotes.facets")
			.entity(MAP)
			.get();
	}

	private static List<Map<String, Object>> ranked(JdbcClient jdbc, Object filter, String type, String sql) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		statement = (filter instanceof ArticleFilter articles) ? articles.bind(statement)
				: ((QuoteFilter) filter).bind(statement);
		List<Map<String, Object>> rows = new ArrayList<>();
		statement.query((ResultSet rs) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(type, Map.of("slug", rs.getString("slug")));
			row.put("count", rs.getInt("count"));
			rows.add(row);
		});
		return rows;
	}

	private static List<Map<String, Object>> rows(JdbcClient.StatementSpec statement) {
		return statement.query().listOfRows();
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
