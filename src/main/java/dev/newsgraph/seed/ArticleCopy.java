package dev.newsgraph.seed;

import java.util.List;
import java.util.Map;

import dev.newsgraph.database.CopyBatches;
import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.MentionRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;
import dev.newsgraph.seed.SeedFolderReader.LoadedArticle;

/**
 * The articles of a load into an empty dataset, copied straight into the dataset tables
 * as they are read, with ids given here in reading order (COPY stores a value given for
 * an identity column). No staging and no merge: nothing is there to merge with. The
 * shared files are written first, and their ids given to this sink.
 */
final class ArticleCopy implements SeedFolderReader.ArticleSink {

	/** The tables written, each after those it refers to. */
	static final List<String> TABLES = List.of("articles", "article_file_stamps", "article_people",
			"organization_mentions", "quotes", "quote_about");

	private static final String ARTICLES = copy("articles", """
			id, slug, file_name, text_sha256, seed_fingerprint, title, body, source_id, url, published_on,
			published_precision, byline, word_count""");

	private static final String STAMPS = copy("article_file_stamps", "article_id, stamp");

	private static final String ARTICLE_PEOPLE = copy("article_people", "article_id, person_id");

	private static final String MENTIONS = copy("organization_mentions",
			"id, article_id, article_length, organization_id, start_offset, end_offset");

	private static final String QUOTES = copy("quotes", """
			id, article_id, article_length, start_offset, end_offset, text, speaker_id, organization_id, role,
			context""");

	private static final String QUOTE_ABOUT = copy("quote_about", "quote_id, organization_id");

	private final CopyBatches batches;

	private final Map<String, Long> sources;

	private final Map<String, Long> organizations;

	private final Map<String, Long> people;

	private long articleId;

	private long mentionId;

	private long quoteId;

	ArticleCopy(CopyBatches batches, Map<String, Long> sources, Map<String, Long> organizations,
			Map<String, Long> people) {
		this.batches = batches;
		this.sources = sources;
		this.organizations = organizations;
		this.people = people;
	}

	/**
	 * FREEZE: the tables were emptied in this transaction, so their rows can be written
	 * frozen and all-visible, ready for index-only scans without a vacuum.
	 */
	private static String copy(String table, String columns) {
		return "copy " + table + " (" + columns.replace("\n", " ") + ") from stdin with (freeze)";
	}

	@Override
	public void changed(ArticleRow article, String stamp) {
		long id = ++this.articleId;
		long length = article.body().codePointCount(0, article.body().length());
		ArticleStage.addArticle(this.batches.rows(ARTICLES).add(id), article, id(this.sources, article.sourceSlug()))
			.endRow();
		this.batches.rows(STAMPS).add(id).add(stamp).endRow();
		for (String person : article.peopleSlugs()) {
			this.batches.rows(ARTICLE_PEOPLE).add(id).add(id(this.people, person)).endRow();
		}
		for (MentionRow mention : article.mentions()) {
			this.batches.rows(MENTIONS)
				.add(++this.mentionId)
				.add(id)
				.add(length)
				.add(id(this.organizations, mention.organizationSlug()))
				.add(mention.start())
				.add(mention.end())
				.endRow();
		}
		for (QuoteRow quote : article.quotes()) {
			long quoteId = ++this.quoteId;
			this.batches.rows(QUOTES)
				.add(quoteId)
				.add(id)
				.add(length)
				.add(quote.start())
				.add(quote.end())
				.add(quote.text())
				.add(id(this.people, quote.speakerSlug()))
				.add(id(this.organizations, quote.organizationSlug()))
				.add(quote.role())
				.add(quote.context())
				.endRow();
			for (String organization : quote.aboutSlugs()) {
				this.batches.rows(QUOTE_ABOUT).add(quoteId).add(id(this.organizations, organization)).endRow();
			}
		}
		this.batches.flushWhenFull();
	}

	/** Never called: an empty dataset has no article loaded before. */
	@Override
	public void unchanged(LoadedArticle loaded, String stamp) {
		throw new IllegalStateException("An article of an empty dataset cannot be unchanged: " + loaded.slug());
	}

	/** How many articles were read. */
	int articles() {
		return (int) this.articleId;
	}

	/**
	 * An id by slug, or null. The reader resolved every slug of an article it passes on
	 * against these same shared files.
	 */
	private static String id(Map<String, Long> ids, String slug) {
		Long id = (slug != null) ? ids.get(slug) : null;
		return (id != null) ? id.toString() : null;
	}

}
