package dev.newsgraph.seed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.database.CopyBatches;
import dev.newsgraph.database.SetAsideIndexes;
import dev.newsgraph.seed.SeedFolderReader.LoadedArticle;
import dev.newsgraph.seed.SeedFolderReader.LoadedDataset;

/**
 * Makes the database hold exactly what a seed folder holds, inside the load's
 * transaction. Into a dataset without articles, they are copied straight in
 * ({@link ArticleCopy}). Otherwise they stream through {@link ArticleStage}; only those
 * new or changed since the last load (by fingerprint) are merged, and those no longer in
 * the folder deleted; the shared files are written only when they changed. Rows keep
 * their ids: they are upserted by their natural keys (slugs; article and offset for
 * mentions and quotes).
 */
@Component
class DatasetWriter {

	private static final Logger logger = LoggerFactory.getLogger(DatasetWriter.class);

	/** The tables of the articles' rows, analyzed after a load that wrote them all. */
	private static final String ARTICLE_TABLES = String.join(", ", ArticleCopy.TABLES);

	private final JdbcClient jdbc;

	private final SeedDatabase database;

	private final RegistryWriter registries;

	private final DerivedData derived;

	DatasetWriter(SeedDatabase database, DerivedData derived) {
		this.jdbc = database.jdbc();
		this.database = database;
		this.registries = new RegistryWriter(database);
		this.derived = derived;
	}

	/**
	 * What a load wrote.
	 *
	 * @param written whether the dataset changed
	 * @param restamped whether only the files' stamps did; if neither, the transaction
	 * may be rolled back
	 * @param changed articles new or changed
	 * @param removed articles deleted
	 */
	record Outcome(String checksum, boolean written, boolean restamped, DatasetCounts counts, int changed,
			int removed) {
	}

	/**
	 * Reads the folder's articles and writes what changed, in the current transaction.
	 * @param unlessLoaded write nothing when the folder's checksum is the loaded one
	 * @param started when the load began, from {@link System#nanoTime()}
	 * @throws SeedValidationException listing every defect; nothing is to be committed
	 */
	Outcome write(SeedFolderReader reader, boolean unlessLoaded, long started) {
		this.database.lockForWriting();
		String loadedRegistries = loadedRegistriesChecksum();
		if (reader.sharedFiles() != null
				&& !this.jdbc.sql("select exists (select 1 from articles)").query(Boolean.class).single()) {
			return writeIntoEmpty(reader, loadedRegistries, started);
		}
		LoadedDataset loaded = new LoadedDataset(loadedRegistries, loadedArticles());
		ArticleStage stage = withCopyBatches((batches) -> {
			ArticleStage staged = ArticleStage.create(this.jdbc, batches);
			reader.articles(loaded, staged);
			return staged;
		});
		String checksum = reader.finish();
		DatasetLoadRepository loads = new DatasetLoadRepository(this.jdbc);
		boolean registriesChanged = !reader.registriesChecksum().equals(loadedRegistries);
		this.jdbc
			.sql("analyze stage_stamps, stage_articles, stage_article_people, stage_mentions, stage_quotes, "
					+ "stage_quote_about")
			.update();
		if (unlessLoaded && checksum.equals(loads.current())) {
			return new Outcome(checksum, false, restamp() > 0, recordedCounts(loads), 0, 0);
		}
		int removed = this.jdbc.sql("""
				delete from articles a
				where a.slug = any(:removed)
				   or (a.seed_fingerprint is null and not exists (select 1 from stage_articles s where s.slug = a.slug))
				""").param("removed", removed(loaded, stage)).update();
		if (!registriesChanged && stage.changed() == 0 && removed == 0) {
			return new Outcome(checksum, false, restamp() > 0, recordedCounts(loads), 0, 0);
		}
		boolean positionsKept = !registriesChanged && removed == 0 && !stagedMovesAPosition();
		logger.info("Writing {} new or changed articles{}{}", stage.changed(),
				registriesChanged ? " and the shared files" : "", (removed > 0) ? ", " + removed + " removed" : "");
		if (positionsKept) {
			this.derived.noteChanging(this.jdbc);
		}
		if (registriesChanged) {
			this.registries.write(reader);
		}
		mergeArticles();
		if (registriesChanged) {
			this.registries.deleteRemoved(reader);
		}
		restamp();
		if (positionsKept) {
			logger.info("Updating the derived links and counts of the changed articles");
			this.derived.refreshChanged(this.jdbc);
		}
		else {
			logger.info("Rebuilding the derived links and counts");
			this.derived.rebuild(this.jdbc);
		}
		DatasetCounts counts = counts();
		this.database.recordLoad(checksum, Duration.ofNanos(System.nanoTime() - started), counts,
				reader.registriesChecksum());
		return new Outcome(checksum, true, true, counts, stage.changed(), removed);
	}

	/**
	 * The load of a first dataset, or of one whose articles were all removed: the
	 * articles are copied straight into their tables, with the tables' indexes and
	 * foreign keys set aside until every row is in. Those locks keep readers waiting
	 * until the commit, which with no articles to show is no worse than an empty answer.
	 */
	private Outcome writeIntoEmpty(SeedFolderReader reader, String loadedRegistries, long started) {
		logger.info("The dataset has no articles: copying them straight into their tables");
		RegistryWriter.Ids ids = this.registries.write(reader);
		this.registries.deleteRemoved(reader);
		SetAsideIndexes indexes = SetAsideIndexes.drop(this.jdbc, ArticleCopy.TABLES);
		this.jdbc.sql("truncate " + ARTICLE_TABLES + " restart identity").update();
		ArticleCopy copied = withCopyBatches((batches) -> {
			ArticleCopy copy = new ArticleCopy(batches, ids.sources(), ids.organizations(), ids.people());
			reader.articles(new LoadedDataset(loadedRegistries, Map.of()), copy);
			return copy;
		});
		String checksum = reader.finish();
		logger.info("Building the indexes of {} articles", copied.articles());
		indexes.restore();
		for (String table : List.of("articles", "organization_mentions", "quotes")) {
			this.jdbc.sql("select setval(pg_get_serial_sequence(:table, 'id'), (select max(id) from " + table + "))")
				.param("table", table)
				.query()
				.singleRow();
		}
		this.jdbc.sql("analyze " + ARTICLE_TABLES).update();
		logger.info("Building the derived links and counts");
		this.derived.rebuild(this.jdbc);
		DatasetCounts counts = counts();
		this.database.recordLoad(checksum, Duration.ofNanos(System.nanoTime() - started), counts,
				reader.registriesChecksum());
		return new Outcome(checksum, true, true, counts, copied.articles(), 0);
	}

	/**
	 * Runs {@code write} with COPY batches on the transaction's connection, and waits
	 * until they are all stored.
	 */
	private <T> T withCopyBatches(Function<CopyBatches, T> write) {
		return this.database.template().getJdbcTemplate().execute((ConnectionCallback<T>) (connection) -> {
			try (CopyBatches batches = new CopyBatches(connection.unwrap(PGConnection.class).getCopyAPI(),
					"seed-copy")) {
				T written = write.apply(batches);
				batches.finish();
				return written;
			}
		});
	}

	/**
	 * Whether a staged article is new or has a new title or date, which moves articles in
	 * the orderings every derived link carries.
	 */
	private boolean stagedMovesAPosition() {
		return this.jdbc.sql("""
				select exists (select 1 from stage_articles s left join articles a on a.slug = s.slug
				               where a.id is null or a.title is distinct from s.title
				                  or a.published_on is distinct from s.published_on)
				""").query(Boolean.class).single();
	}

	/** Records the stamps of the files read, for the next load to skip them. */
	private int restamp() {
		return this.jdbc.sql("""
				insert into article_file_stamps (article_id, stamp)
				select a.id, s.stamp from stage_stamps s join articles a on a.slug = s.slug
				on conflict (article_id) do update set stamp = excluded.stamp
				where article_file_stamps.stamp is distinct from excluded.stamp
				""").update();
	}

	/**
	 * The slugs of the articles the last load left and this one did not read: their files
	 * are gone.
	 */
	private static String[] removed(LoadedDataset loaded, ArticleStage stage) {
		return loaded.articles()
			.values()
			.stream()
			.map(LoadedArticle::slug)
			.filter((slug) -> !stage.seen().contains(slug))
			.toArray(String[]::new);
	}

	/** The articles of the last seed load, by text file name. */
	private Map<String, LoadedArticle> loadedArticles() {
		return this.jdbc.sql("""
				select a.file_name, a.slug, a.seed_fingerprint, f.stamp
				from articles a left join article_file_stamps f on f.article_id = a.id
				where a.seed_fingerprint is not null
				""")
			.query((rs, rowNum) -> Map.entry(rs.getString("file_name"),
					new LoadedArticle(rs.getString("slug"), rs.getString("seed_fingerprint"), rs.getString("stamp"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private String loadedRegistriesChecksum() {
		return this.jdbc.sql("""
				select registries_checksum from dataset_loads order by loaded_at desc, id desc limit 1
				""").query(String.class).optional().orElse("");
	}

	/** The counts the last load recorded: nothing was written since. */
	private DatasetCounts recordedCounts(DatasetLoadRepository loads) {
		return loads.findLatest().map(Dataset::counts).orElseGet(this::counts);
	}

	private DatasetCounts counts() {
		return this.jdbc.sql("""
				select (select count(*) from sources) as sources, (select count(*) from articles) as articles,
				       (select count(*) from organizations) as organizations, (select count(*) from people) as people,
				       (select count(*) from quotes) as quotes, (select count(*) from organization_mentions) as mentions
				""")
			.query((rs, rowNum) -> new DatasetCounts(rs.getInt("sources"), rs.getInt("articles"),
					rs.getInt("organizations"), rs.getInt("people"), rs.getInt("quotes"), rs.getInt("mentions")))
			.single();
	}

	/**
	 * The staged articles into the dataset, set by set. Spans keep their ids where they
	 * stay; an article whose text changed loses its old spans first, as they would not
	 * fit it.
	 */
	private void mergeArticles() {
		for (String spans : List.of("organization_mentions", "quotes")) {
			this.jdbc.sql("""
					delete from %s t using articles a, stage_articles s
					where t.article_id = a.id and a.slug = s.slug and a.text_sha256 <> s.text_sha256
					""".formatted(spans)).update();
		}
		this.jdbc.sql("""
				insert into articles (slug, file_name, text_sha256, seed_fingerprint, title, body, source_id, url,
				                      published_on, published_precision, byline, word_count)
				select s.slug, s.file_name, s.text_sha256, s.fingerprint, s.title, s.body, src.id, s.url,
				       s.published_on, s.published_precision, s.byline, s.word_count
				from stage_articles s left join sources src on src.slug = s.source_slug
				order by s.ord
				on conflict (slug) do update set file_name = excluded.file_name, text_sha256 = excluded.text_sha256,
				    seed_fingerprint = excluded.seed_fingerprint, title = excluded.title, body = excluded.body,
				    source_id = excluded.source_id, url = excluded.url, published_on = excluded.published_on,
				    published_precision = excluded.published_precision, byline = excluded.byline,
				    word_count = excluded.word_count
				""").update();
		this.jdbc.sql("""
				delete from article_people ap using articles a, stage_articles s
				where ap.article_id = a.id and a.slug = s.slug
				""").update();
		this.jdbc.sql("""
				insert into article_people (article_id, person_id)
				select a.id, p.id
				from stage_article_people x join articles a on a.slug = x.slug join people p on p.slug = x.person_slug
				order by x.ord
				""").update();
		this.jdbc
			.sql("""
					delete from organization_mentions m using articles a, stage_articles s
					where m.article_id = a.id and a.slug = s.slug
					  and not exists (select 1 from stage_mentions x where x.slug = s.slug and x.start_offset = m.start_offset)
					""")
			.update();
		this.jdbc
			.sql("""
					insert into organization_mentions (article_id, article_length, organization_id, start_offset, end_offset)
					select a.id, a.body_length, o.id, x.start_offset, x.end_offset
					from stage_mentions x join articles a on a.slug = x.slug join organizations o on o.slug = x.organization_slug
					order by x.ord
					on conflict (article_id, start_offset) do update set organization_id = excluded.organization_id,
					    end_offset = excluded.end_offset, article_length = excluded.article_length
					""")
			.update();
		this.jdbc
			.sql("""
					delete from quotes q using articles a, stage_articles s
					where q.article_id = a.id and a.slug = s.slug
					  and not exists (select 1 from stage_quotes x where x.slug = s.slug and x.start_offset = q.start_offset)
					""")
			.update();
		this.jdbc.sql("""
				insert into quotes (article_id, article_length, start_offset, end_offset, text, speaker_id,
				                    organization_id, role, context)
				select a.id, a.body_length, x.start_offset, x.end_offset, x.text, p.id, o.id, x.role, x.context
				from stage_quotes x join articles a on a.slug = x.slug
				left join people p on p.slug = x.speaker_slug left join organizations o on o.slug = x.organization_slug
				order by x.ord
				on conflict (article_id, start_offset) do update set article_length = excluded.article_length,
				    end_offset = excluded.end_offset, text = excluded.text, speaker_id = excluded.speaker_id,
				    organization_id = excluded.organization_id, role = excluded.role, context = excluded.context
				""").update();
		this.jdbc.sql("""
				delete from quote_about qa using quotes q, articles a, stage_articles s
				where qa.quote_id = q.id and q.article_id = a.id and a.slug = s.slug
				""").update();
		this.jdbc.sql("""
				insert into quote_about (quote_id, organization_id)
				select q.id, o.id
				from stage_quote_about x join articles a on a.slug = x.slug
				join quotes q on q.article_id = a.id and q.start_offset = x.start_offset
				join organizations o on o.slug = x.organization_slug
				order by x.ord
				""").update();
	}

}
