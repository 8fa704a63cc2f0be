package dev.newsgraph.facet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a {@link FacetIndex} from PostgreSQL, every table in one repeatable-read snapshot
 * so that the columns agree with each other and with the version they are tagged with.
 * The rows stream in batches; links are grouped by row here rather than sorted by the
 * database.
 */
@Component
class FacetIndexReader {

	private static final int FETCH_SIZE = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	FacetIndexReader(DataSource dataSource, PlatformTransactionManager transactions) {
		// a template of its own: no request deadline, and rows fetched in batches
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.transaction.setReadOnly(true);
	}

	/** The version of the dataset now committed: the latest load's row, 0 before any. */
	long version() {
		Long version = this.jdbc.queryForObject(VERSION, Long.class);
		return (version != null) ? version : 0;
	}

	private static final String VERSION = """
			select coalesce((select id from dataset_loads order by loaded_at desc, id desc limit 1), 0)
			""";

	FacetIndex read() {
		return this.transaction.execute((status) -> {
			this.jdbc.execute("set local statement_timeout = 0");
			long version = version();
			int articleCount = count("articles");
			int[] articleIds = new int[articleCount];
			int[] days = new int[articleCount];
			byte[] precisions = new byte[articleCount];
			int[] sources = new int[articleCount];
			int[] row = { 0 };
			this.jdbc.query("""
					select id, published_on - date '1970-01-01' as day, published_precision, source_id
					from articles order by id
					""", (ResultSet rs) -> {
				int r = row[0]++;
				articleIds[r] = id(rs, "id");
				int day = rs.getInt("day");
				days[r] = rs.wasNull() ? FacetIndex.UNDATED : day;
				precisions[r] = precision(rs.getString("published_precision"));
				sources[r] = id(rs, "source_id");
			});
			Links organizations = links(articleIds, "select article_id, organization_id from organization_articles",
					count("organization_articles"));
			Links people = links(articleIds, "select article_id, person_id from article_people",
					count("article_people"));
			int quoteCount = count("quotes");
			int[] quoteIds = new int[quoteCount];
			int[] quoteArticles = new int[quoteCount];
			int[] speakers = new int[quoteCount];
			int[] spokenFor = new int[quoteCount];
			int[] quoteCounts = new int[articleCount];
			row[0] = 0;
			this.jdbc.query("select id, article_id, speaker_id, organization_id from quotes order by id",
					(ResultSet rs) -> {
						int r = row[0]++;
						quoteIds[r] = id(rs, "id");
						quoteArticles[r] = FacetIndex.row(articleIds, rs.getLong("article_id"));
						quoteCounts[quoteArticles[r]]++;
						speakers[r] = id(rs, "speaker_id");
						spokenFor[r] = id(rs, "organization_id");
					});
			Links about = links(quoteIds, "select quote_id, organization_id from quote_about", count("quote_about"));
			int[] years = years(days);
			int[] organizationOrder = nameOrder("organizations");
			int[] personOrder = nameOrder("people");
			return new FacetIndex(version, articleIds, days, precisions, sources, organizations, people,
					organizations.invert(organizationOrder.length), people.invert(personOrder.length), quoteCounts,
					quoteIds, quoteArticles, speakers, spokenFor, about, organizationOrder, personOrder,
					nameOrder("sources"), years[0], years[1]);
		});
	}

	private int count(String table) {
		// table names are constants of this class
		Integer count = this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Pairs of (row id, linked id) that {@code sql} selects, grouped by row.
	 * @param rowIds the rows' ids, ascending
	 */
	private Links links(int[] rowIds, String sql, int count) {
		int[] rows = new int[count];
		int[] ids = new int[count];
		int[] next = { 0 };
		this.jdbc.query(sql, (ResultSet rs) -> {
			int i = next[0]++;
			rows[i] = FacetIndex.row(rowIds, rs.getLong(1));
			ids[i] = id(rs, 2);
		});
		return Links.group(rowIds.length, rows, ids, next[0]);
	}

	/**
	 * By id, each row's place when the table is ordered by name as the catalogue orders.
	 */
	private int[] nameOrder(String table) {
		// table names are constants of this class
		Integer max = this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Integer.class);
		int[] order = new int[max + 1];
		int[] place = { 0 };
		this.jdbc.query("select id from " + table + " order by name collate catalogue, id", (ResultSet rs) -> {
			order[id(rs, 1)] = place[0]++;
		});
		return order;
	}

	/** The first and last year of the dated days. */
	private static int[] years(int[] days) {
		int first = Integer.MAX_VALUE;
		int last = Integer.MIN_VALUE;
		for (int day : days) {
			if (day != FacetIndex.UNDATED) {
				first = Math.min(first, day);
				last = Math.max(last, day);
			}
		}
		if (first > last) {
			return new int[] { 0, -1 };
		}
		return new int[] { LocalDate.ofEpochDay(first).getYear(), LocalDate.ofEpochDay(last).getYear() };
	}

	private static byte precision(String precision) {
		if (precision == null || precision.equals("DAY")) {
			return FacetIndex.DAY;
		}
		return precision.equals("MONTH") ? FacetIndex.MONTH : FacetIndex.YEAR;
	}

	private static int id(ResultSet rs, String column) throws SQLException {
		return narrow(rs.getLong(column));
	}

	private static int id(ResultSet rs, int column) throws SQLException {
		return narrow(rs.getLong(column));
	}

	private static int narrow(long id) {
		if (id > Integer.MAX_VALUE) {
			throw new IllegalStateException("id " + id + " is past what the facet index holds");
		}
		return (int) id;
	}

}
