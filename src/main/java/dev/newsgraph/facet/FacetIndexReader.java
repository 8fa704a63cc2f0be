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

import dev.newsgraph.dataset.DatasetVersion;

/**
 * Reads a {@link FacetIndex} from PostgreSQL, every table in one repeatable-read snapshot
 * so that the columns agree with each other and with the version they are tagged with.
 * The rows stream in batches; links are grouped by row, and quotes sorted by id, here
 * rather than by the database.
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

	/** The version of the dataset committed: the latest load's row, 0 before any. */
	static final String VERSION = "select " + DatasetVersion.LOAD_ID;

	FacetIndex read() {
		return this.transaction.execute((status) -> {
			this.jdbc.execute("set local statement_timeout = 0");
			long version = version();
			Columns articles = new Columns(4, estimate("articles"));
			this.jdbc.query("""
					select id, published_on - date '1970-01-01' as day, published_precision, source_id
					from articles order by id
					""", (ResultSet rs) -> {
				int id = id(rs, "id");
				int day = rs.getInt("day");
				// wasNull tells of the column read last
				day = rs.wasNull() ? FacetIndex.UNDATED : day;
				articles.add(id, day, precision(rs.getString("published_precision")), id(rs, "source_id"));
			});
			int[] articleIds = articles.column(0);
			int[] days = articles.column(1);
			Links organizations = links(articleIds, "select article_id, organization_id from organization_articles",
					estimate("organization_articles"));
			Links people = links(articleIds, "select article_id, person_id from article_people",
					estimate("article_people"));
			// in the order they are stored, sorted here: PostgreSQL would sort millions
			// on disk
			Columns quotes = new Columns(4, estimate("quotes"));
			this.jdbc.query("select id, article_id, speaker_id, organization_id from quotes", (ResultSet rs) -> {
				quotes.add(id(rs, "id"), FacetIndex.row(articleIds, rs.getLong("article_id")), id(rs, "speaker_id"),
						id(rs, "organization_id"));
			});
			quotes.sortByColumn(0);
			int[] quoteIds = quotes.column(0);
			int[] quoteArticles = quotes.column(1);
			int[] quoteCounts = new int[articleIds.length];
			for (int article : quoteArticles) {
				quoteCounts[article]++;
			}
			Links about = links(quoteIds, "select quote_id, organization_id from quote_about", estimate("quote_about"));
			int[] years = years(days);
			int[] organizationOrder = nameOrder("organizations");
			int[] personOrder = nameOrder("people");
			return new FacetIndex(version, articleIds, days, toBytes(articles.column(2)), articles.column(3),
					organizations, people, organizations.invert(organizationOrder.length),
					people.invert(personOrder.length), quoteCounts, quoteIds, quoteArticles, quotes.column(2),
					quotes.column(3), about, organizationOrder, personOrder, nameOrder("sources"), years[0], years[1]);
		});
	}

	/** The rows the statistics expect in a table: a first capacity, not a bound. */
	private int estimate(String table) {
		Integer rows = this.jdbc.queryForObject(
				"select greatest(reltuples, 0)::int from pg_class where oid = cast(? as regclass)", Integer.class,
				table);
		return (rows != null) ? rows : 0;
	}

	private static byte[] toBytes(int[] values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	/**
	 * Pairs of (row id, linked id) that {@code sql} selects, grouped by row.
	 * @param rowIds the rows' ids, ascending
	 */
	private Links links(int[] rowIds, String sql, int estimate) {
		Columns pairs = new Columns(2, estimate);
		this.jdbc.query(sql, (ResultSet rs) -> {
			pairs.add(FacetIndex.row(rowIds, rs.getLong(1)), id(rs, 2));
		});
		int[] rows = pairs.column(0);
		return Links.group(rowIds.length, rows, pairs.column(1), rows.length);
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
