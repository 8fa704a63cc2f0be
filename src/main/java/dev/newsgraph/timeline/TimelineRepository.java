package dev.newsgraph.timeline;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Timelines summed from the per-day counts the loader derives
 * ({@code V9__timelines.sql}): one index range per organization or person, whatever their
 * number of articles.
 */
@Repository
class TimelineRepository {

	private final JdbcClient jdbc;

	TimelineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<Long, List<TimelineBucket>> organizations(Collection<Long> ids, TimelineSpan span) {
		return buckets("organization_days", "organization_id", true, ids, span);
	}

	Map<Long, List<TimelineBucket>> people(Collection<Long> ids, TimelineSpan span) {
		return buckets("person_days", "person_id", false, ids, span);
	}

	/**
	 * @param quotesAbout whether the table counts quotes about its parent
	 */
	private Map<Long, List<TimelineBucket>> buckets(String table, String parent, boolean quotesAbout,
			Collection<Long> ids, TimelineSpan span) {
		Map<Long, Map<LocalDate, TimelineBucket>> found = new HashMap<>();
		// table and column names are constants of this class
		this.jdbc.sql("""
				select %2$s as parent, date_trunc(:interval, day)::date as start, sum(articles) as articles,
				       coalesce(sum(articles) filter (where precision = any(:coarser)), 0) as imprecise,
				       sum(quotes) as quotes, %3$s as quotes_about
				from %1$s
				where %2$s = any(:ids) and day >= :first and day < :end
				group by 1, 2
				""".formatted(table, parent, quotesAbout ? "sum(quotes_about)::int" : "null::int"))
			.param("interval", span.interval().truncatedTo())
			.param("coarser", span.interval().coarser().toArray(String[]::new))
			.param("ids", ids.toArray(Long[]::new))
			.param("first", span.first())
			.param("end", span.end())
			.query((ResultSet rs) -> {
				LocalDate start = rs.getObject("start", LocalDate.class);
				found.computeIfAbsent(rs.getLong("parent"), (key) -> new HashMap<>())
					.put(start, new TimelineBucket(start, rs.getInt("articles"), rs.getInt("imprecise"),
							rs.getInt("quotes"), rs.getObject("quotes_about", Integer.class)));
			});
		Integer none = quotesAbout ? 0 : null;
		List<LocalDate> starts = span.starts();
		Map<Long, List<TimelineBucket>> timelines = new HashMap<>();
		for (Long id : ids) {
			Map<LocalDate, TimelineBucket> buckets = found.getOrDefault(id, Map.of());
			List<TimelineBucket> timeline = new ArrayList<>();
			for (LocalDate start : starts) {
				timeline.add(buckets.getOrDefault(start, new TimelineBucket(start, 0, 0, 0, none)));
			}
			timelines.put(id, timeline);
		}
		return timelines;
	}

}
