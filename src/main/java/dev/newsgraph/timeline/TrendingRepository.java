package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Trends summed from the per-day counts the loader derives ({@code V9__timelines.sql}),
 * over one index range per window ({@code V10__trending.sql}).
 */
@Repository
class TrendingRepository {

	private final JdbcClient jdbc;

	TrendingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The windows, with the dated articles each holds.
	 *
	 * @param articles dated articles whose date (the start of its period) is in the
	 * window
	 */
	record Windows(LocalDate from, LocalDate to, long articles, LocalDate baselineFrom, LocalDate baselineTo,
			long baselineArticles) {
	}

	Windows windows(LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo) {
		// the expression of articles_published_on_id_idx, so each count is one index
		// range
		String dated = """
				select count(*) from articles
				where coalesce(published_on, '-infinity'::date) between :%1$sFrom and :%1$sTo
				""";
		long articles = this.jdbc.sql(dated.formatted("window"))
			.param("windowFrom", from)
			.param("windowTo", to)
			.query(Long.class)
			.single();
		long baseline = this.jdbc.sql(dated.formatted("baseline"))
			.param("baselineFrom", baselineFrom)
			.param("baselineTo", baselineTo)
			.query(Long.class)
			.single();
		return new Windows(from, to, articles, baselineFrom, baselineTo, baseline);
	}

	List<Trend> organizations(Windows windows, int first) {
		return trends("organization_days", "organization_id", windows, first);
	}

	List<Trend> people(Windows windows, int first) {
		return trends("person_days", "person_id", windows, first);
	}

	private List<Trend> trends(String table, String parent, Windows windows, int first) {
		// table and column names are constants of this class
		return this.jdbc.sql("""
				with found as (
				    select %2$s as parent, sum(articles) as articles from %1$s
				    where day between :from and :to group by %2$s having sum(articles) > 0),
				  baseline as (
				    select %2$s as parent, sum(articles) as articles from %1$s
				    where day between :baselineFrom and :baselineTo group by %2$s)
				select f.parent, f.articles, coalesce(b.articles, 0) as baseline_articles,
				       (f.articles / :total) / (greatest(b.articles, 1) / :baselineTotal) as ratio
				from found f left join baseline b on b.parent = f.parent
				order by ratio desc, f.articles desc, f.parent
				limit :first
				""".formatted(table, parent))
			.param("from", windows.from())
			.param("to", windows.to())
			.param("baselineFrom", windows.baselineFrom())
			.param("baselineTo", windows.baselineTo())
			.param("total", (double) Math.max(windows.articles(), 1))
			.param("baselineTotal", (double) Math.max(windows.baselineArticles(), 1))
			.param("first", first)
			.query((rs, row) -> new Trend(rs.getLong("parent"), rs.getInt("articles"), rs.getInt("baseline_articles"),
					rs.getDouble("ratio")))
			.list();
	}

}
