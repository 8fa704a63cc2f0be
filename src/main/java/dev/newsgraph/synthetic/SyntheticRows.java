package dev.newsgraph.synthetic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.newsgraph.database.CopyText;
import dev.newsgraph.synthetic.Cast.Affiliation;
import dev.newsgraph.synthetic.Cast.Organization;
import dev.newsgraph.synthetic.Cast.Person;
import dev.newsgraph.synthetic.SyntheticArticle.Mention;
import dev.newsgraph.synthetic.SyntheticArticle.Quote;

/**
 * The rows of a synthetic dataset as COPY text, in batches: first the sources,
 * organizations and people, then the articles five hundred at a time, each batch holding
 * every row that refers to its articles. Only one batch is built at a time, so memory
 * stays bounded however many articles there are.
 */
final class SyntheticRows {

	static final int ARTICLES_PER_BATCH = 500;

	/** The article count is capped so that ids and offsets stay well inside int. */
	static final int MAX_ARTICLES = 10_000_000;

	/**
	 * @param rows how many rows {@code data} holds
	 */
	record Chunk(Table table, byte[] data, int rows) {
	}

	/**
	 * @param articles how many articles the batch adds
	 */
	record Batch(int articles, List<Chunk> chunks) {
	}

	interface Sink {

		void accept(Batch batch) throws Exception;

	}

	private final Cast cast;

	private final ArticleFactory factory;

	private final int articles;

	private long mentionId;

	private long quoteId;

	SyntheticRows(long seed, int articles) {
		if (articles < 1 || articles > MAX_ARTICLES) {
			throw new IllegalArgumentException("the article count must be from 1 to " + MAX_ARTICLES);
		}
		this.factory = ArticleFactory.create(seed, articles);
		this.cast = this.factory.cast();
		this.articles = articles;
	}

	/**
	 * Hands every batch to the sink, in order; stops early when the thread is
	 * interrupted.
	 */
	void produce(Sink sink) throws Exception {
		sink.accept(cast());
		for (int first = 1; first <= this.articles
				&& !Thread.currentThread().isInterrupted(); first += ARTICLES_PER_BATCH) {
			sink.accept(articles(first, Math.min(this.articles, first + ARTICLES_PER_BATCH - 1)));
		}
	}

	private Batch cast() {
		Map<Table, CopyText> rows = new EnumMap<>(Table.class);
		for (int id = 1; id <= Cast.SOURCES.size(); id++) {
			String slug = Cast.sourceSlug(id);
			rows(rows, Table.SOURCES).add(id)
				.add(slug)
				.add(Cast.SOURCES.get(id - 1))
				.add("https://" + slug + ".example/")
				.endRow();
		}
		for (Organization organization : this.cast.organizations()) {
			rows(rows, Table.ORGANIZATIONS).add(organization.id())
				.add(organization.slug())
				.add(organization.name())
				.add(organization.kind())
				.add(organization.country())
				.add((String) null)
				.add(organization.description())
				.add(organization.parentId())
				.endRow();
			rows(rows, Table.ORGANIZATION_ALIASES).add(organization.id()).add(organization.name()).add(0).endRow();
			rows(rows, Table.ORGANIZATION_ALIASES).add(organization.id()).add(organization.alias()).add(1).endRow();
		}
		for (Person person : this.cast.people()) {
			rows(rows, Table.PEOPLE).add(person.id()).add(person.slug()).add(person.name()).add((String) null).endRow();
			for (Affiliation affiliation : person.affiliations()) {
				rows(rows, Table.AFFILIATIONS).add(affiliation.id())
					.add(person.id())
					.add(affiliation.organizationId())
					.add(affiliation.role())
					.endRow();
			}
		}
		return batch(0, rows);
	}

	private Batch articles(int first, int last) {
		Map<Table, CopyText> rows = new EnumMap<>(Table.class);
		for (int id = first; id <= last; id++) {
			SyntheticArticle article = this.factory.create(id);
			rows(rows, Table.ARTICLES).add(id)
				.add(article.slug())
				.add(article.fileName())
				.add(article.sha256())
				.add(article.title())
				.add(article.body())
				.add(article.sourceId())
				.add(article.url())
				.add((article.publishedOn() != null) ? article.publishedOn().toString() : null)
				.add(article.precision())
				.add(article.byline())
				.add(article.wordCount())
				.endRow();
			for (int person : article.people()) {
				rows(rows, Table.ARTICLE_PEOPLE).add(id).add(person).endRow();
			}
			for (Mention mention : article.mentions()) {
				rows(rows, Table.ORGANIZATION_MENTIONS).add(++this.mentionId)
					.add(id)
					.add(article.length())
					.add(mention.organizationId())
					.add(mention.start())
					.add(mention.end())
					.endRow();
			}
			for (Quote quote : article.quotes()) {
				rows(rows, Table.QUOTES).add(++this.quoteId)
					.add(id)
					.add(article.length())
					.add(quote.start())
					.add(quote.end())
					.add(quote.text())
					.add(quote.speakerId())
					.add(quote.organizationId())
					.add(quote.role())
					.add(quote.context())
					.endRow();
				for (int organization : quote.about()) {
					rows(rows, Table.QUOTE_ABOUT).add(this.quoteId).add(organization).endRow();
				}
			}
		}
		return batch(last - first + 1, rows);
	}

	private static CopyText rows(Map<Table, CopyText> rows, Table table) {
		return rows.computeIfAbsent(table, (key) -> new CopyText());
	}

	private static Batch batch(int articles, Map<Table, CopyText> rows) {
		List<Chunk> chunks = new ArrayList<>(rows.size());
		// EnumMap iterates in table order: every row comes after those it refers to
		rows.forEach((table, text) -> chunks.add(new Chunk(table, text.toBytes(), text.rows())));
		return new Batch(articles, chunks);
	}

}
