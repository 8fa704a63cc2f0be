package dev.newsgraph.facet;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.newsgraph.article.ArticleFilter;
import dev.newsgraph.article.ArticleScope;
import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.quote.QuoteFilter;
import dev.newsgraph.quote.QuoteScope;

/**
 * Turns filters into {@link ArticleSet}s and {@link QuoteSet}s over the snapshot of the
 * dataset now committed: slugs become ids, and a full-text search the rows it matches,
 * found by PostgreSQL under the same dataset version as the snapshot.
 */
@Component
public class FacetSets {

	private final JdbcClient jdbc;

	private final FacetIndexes indexes;

	/** Recent searches' matches, by dataset version. */
	private final Cache<SearchKey, Found> searches = Caffeine.newBuilder().maximumSize(64).build();

	private final TransactionTemplate readOnly;

	FacetSets(JdbcClient jdbc, FacetIndexes indexes, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.indexes = indexes;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	public ArticleSet articles(ArticleScope scope) {
		ArticleFilter filter = scope.filter();
		Ids ids = ids(filter.organizations(), filter.people(), filter.source(), null);
		Matches search = search(filter.search(), "articles", FacetIndex::articleIds);
		FacetIndex index = search.index();
		LocalDate after = filter.publishedAfter();
		LocalDate before = filter.publishedBefore();
		return new ArticleSet(index, ids.all("organization", filter.organizations()),
				ids.all("person", filter.people()), ids.one("source", filter.source()),
				(after != null) ? (int) after.toEpochDay() : Integer.MIN_VALUE,
				(before != null) ? (int) before.toEpochDay() : Integer.MAX_VALUE, after != null || before != null,
				search.rows(), scope.disjunctive());
	}

	QuoteSet quotes(QuoteScope scope) {
		QuoteFilter filter = scope.filter();
		Ids ids = ids(listOf(filter.organization(), filter.about()), listOf(filter.speaker()), null, filter.article());
		Matches search = search(filter.search(), "quotes", FacetIndex::quoteIds);
		int article = -1;
		if (filter.article() != null) {
			int id = ids.one("article", filter.article());
			article = (id > 0) ? search.index().articleRow(id) : -2;
		}
		return new QuoteSet(search.index(), ids.one("person", filter.speaker()),
				ids.one("organization", filter.organization()), ids.one("organization", filter.about()), article,
				search.rows(), scope.disjunctive());
	}

	/** The rows a search matches, in the snapshot of the version it was run under. */
	private record Matches(FacetIndex index, BitSet rows) {
	}

	private interface RowIds {

		int[] of(FacetIndex index);

	}

	/** A search's matches, as the version it was run under holds them. */
	private record Found(long version, BitSet rows) {
	}

	private record SearchKey(long version, String table, String search) {
	}

	private Matches search(String search, String table, RowIds rowIds) {
		if (search == null) {
			return new Matches(this.indexes.current(), null);
		}
		if (search.isBlank()) {
			throw new BadRequestException("filter.search must not be blank");
		}
		// a sidebar asks again with the same search and other conditions: its matches are
		// kept per dataset version
		long version = this.indexes.version();
		Found found = this.searches.getIfPresent(new SearchKey(version, table, search));
		if (found == null) {
			found = find(search, table, rowIds);
			this.searches.put(new SearchKey(found.version(), table, search), found);
		}
		FacetIndex index = this.indexes.of(found.version());
		if (index.version() != found.version()) {
			// a load committed between the search and the index's read: once more, on it
			found = find(search, table, rowIds);
		}
		return new Matches(index, found.rows());
	}

	/**
	 * The rows a search matches, with the version, in one statement so that both are of
	 * one snapshot. Through the full-text index always: a seq scan would read every
	 * article's words, an index scan in id order too (20 s for a word in a fifth of a
	 * million articles, against 0.5 s).
	 */
	private Found find(String search, String table, RowIds rowIds) {
		return this.readOnly.execute((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			this.jdbc.sql("set local enable_indexscan = off").update();
			Object[] found = new Object[2];
			// the table is a constant of this class
			this.jdbc
				.sql("""
						select (%s) as version,
						       array(select id from %s where search_vector @@ websearch_to_tsquery('newsgraph_english', :search)) as ids
						"""
					.formatted(FacetIndexReader.VERSION, table))
				.param("search", search)
				.query((ResultSet rs) -> {
					found[0] = rs.getLong("version");
					found[1] = rs.getArray("ids");
				});
			long version = (Long) found[0];
			return new Found(version, rows(rowIds.of(this.indexes.of(version)), (Array) found[1]));
		});
	}

	private static BitSet rows(int[] rowIds, Array ids) {
		BitSet rows = new BitSet(rowIds.length);
		try {
			for (Long id : (Long[]) ids.getArray()) {
				int row = FacetIndex.row(rowIds, id);
				if (row >= 0) {
					rows.set(row);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	/** Row ids by kind and slug. */
	private record Ids(Map<String, Map<String, Long>> byKind) {

		/** The ids of the slugs, -1 for a slug that names nothing; none for null. */
		int[] all(String kind, List<String> slugs) {
			if (slugs == null) {
				return new int[0];
			}
			return slugs.stream().distinct().mapToInt((slug) -> one(kind, slug)).toArray();
		}

		/** The slug's id, -1 when it names nothing, 0 for null. */
		int one(String kind, String slug) {
			if (slug == null) {
				return 0;
			}
			Long id = this.byKind.getOrDefault(kind, Map.of()).get(slug);
			return (id != null) ? Math.toIntExact(id) : -1;
		}

	}

	private Ids ids(List<String> organizations, List<String> people, String source, String article) {
		Map<String, Map<String, Long>> ids = new HashMap<>();
		this.jdbc.sql("""
				select 'organization' as kind, slug, id from organizations where slug = any(:organizations)
				union all select 'person', slug, id from people where slug = any(:people)
				union all select 'source', slug, id from sources where slug = any(:sources)
				union all select 'article', slug, id from articles where slug = any(:articles)
				""")
			.param("organizations", array(organizations))
			.param("people", array(people))
			.param("sources", array(listOf(source)))
			.param("articles", array(listOf(article)))
			.query((ResultSet rs) -> {
				ids.computeIfAbsent(rs.getString("kind"), (kind) -> new HashMap<>())
					.put(rs.getString("slug"), rs.getLong("id"));
			});
		return new Ids(ids);
	}

	private static String[] array(List<String> values) {
		return (values != null) ? values.toArray(String[]::new) : new String[0];
	}

	private static List<String> listOf(String... values) {
		return Arrays.stream(values).filter(Objects::nonNull).toList();
	}

}
