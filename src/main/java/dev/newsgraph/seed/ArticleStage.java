package dev.newsgraph.seed;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.newsgraph.database.CopyBatches;
import dev.newsgraph.database.CopyText;
import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.MentionRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;
import dev.newsgraph.seed.SeedFolderReader.LoadedArticle;

/**
 * The articles of a load on their way in: copied into temporary tables a batch at a time,
 * keyed by slugs rather than ids, so that memory holds one batch whatever the size of the
 * folder. {@link DatasetWriter} merges them into the dataset once every article has been
 * read and found valid. The tables go with the transaction.
 */
final class ArticleStage implements SeedFolderReader.ArticleSink {

	private static final Map<String, String> TABLES = tables();

	private final CopyBatches batches;

	private int order;

	private int changed;

	private final Set<String> seen = new HashSet<>();

	private ArticleStage(CopyBatches batches) {
		this.batches = batches;
	}

	/**
	 * Creates the tables, in the transaction of {@code jdbc}.
	 * @param batches copies into them on the transaction's connection
	 */
	static ArticleStage create(JdbcClient jdbc, CopyBatches batches) {
		TABLES.forEach((table,
				columns) -> jdbc.sql("create temporary table " + table + " (" + columns + ") on commit drop").update());
		return new ArticleStage(batches);
	}

	private static Map<String, String> tables() {
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put("stage_stamps", "slug text, stamp text");
		tables.put("stage_articles",
				"""
						ord int, slug text, file_name text, text_sha256 text, fingerprint text, title text, body text,
						source_slug text, url text, published_on date, published_precision text, byline text, word_count int""");
		tables.put("stage_article_people", "ord int, slug text, person_slug text");
		tables.put("stage_mentions", "ord int, slug text, organization_slug text, start_offset int, end_offset int");
		tables.put("stage_quotes", """
				ord int, slug text, start_offset int, end_offset int, text text, speaker_slug text,
				organization_slug text, role text, context text""");
		tables.put("stage_quote_about", "ord int, slug text, start_offset int, organization_slug text");
		return tables;
	}

	@Override
	public void changed(ArticleRow article, String stamp) {
		String slug = article.slug();
		this.seen.add(slug);
		rows("stage_stamps").add(slug).add(stamp).endRow();
		addArticle(rows("stage_articles").add(++this.order), article, article.sourceSlug()).endRow();
		for (String person : article.peopleSlugs()) {
			rows("stage_article_people").add(++this.order).add(slug).add(person).endRow();
		}
		for (MentionRow mention : article.mentions()) {
			rows("stage_mentions").add(++this.order)
				.add(slug)
				.add(mention.organizationSlug())
				.add(mention.start())
				.add(mention.end())
				.endRow();
		}
		for (QuoteRow quote : article.quotes()) {
			rows("stage_quotes").add(++this.order)
				.add(slug)
				.add(quote.start())
				.add(quote.end())
				.add(quote.text())
				.add(quote.speakerSlug())
				.add(quote.organizationSlug())
				.add(quote.role())
				.add(quote.context())
				.endRow();
			for (String organization : quote.aboutSlugs()) {
				rows("stage_quote_about").add(++this.order).add(slug).add(quote.start()).add(organization).endRow();
			}
		}
		this.changed++;
		this.batches.flushWhenFull();
	}

	/**
	 * An article's own fields, slug to word count, in the order both
	 * {@code stage_articles} and {@code articles} take them.
	 * @param source its source as the table keeps it (slug or id)
	 */
	static CopyText addArticle(CopyText row, ArticleRow article, String source) {
		return row.add(article.slug())
			.add(article.fileName())
			.add(article.sha256())
			.add(article.fingerprint())
			.add(article.title())
			.add(article.body())
			.add(source)
			.add(article.url())
			.add((article.publishedOn() != null) ? article.publishedOn().toString() : null)
			.add(article.publishedPrecision())
			.add(article.byline())
			.add(article.wordCount());
	}

	@Override
	public void unchanged(LoadedArticle loaded, String stamp) {
		this.seen.add(loaded.slug());
		if (!Objects.equals(stamp, loaded.stamp())) {
			rows("stage_stamps").add(loaded.slug()).add(stamp).endRow();
			this.batches.flushWhenFull();
		}
	}

	/** The slugs of every article read, changed or not. */
	Set<String> seen() {
		return this.seen;
	}

	/** How many articles were new or changed. */
	int changed() {
		return this.changed;
	}

	private CopyText rows(String table) {
		return this.batches.rows("copy " + table + " from stdin");
	}

}
