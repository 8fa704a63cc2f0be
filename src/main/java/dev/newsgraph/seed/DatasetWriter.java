package dev.newsgraph.seed;

import java.sql.Date;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.MentionRow;
import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;

/**
 * Makes the database hold exactly a {@link CuratedDataset}. Rows are upserted by their
 * natural keys (slugs; article and offset for mentions and quotes), so the same dataset
 * loaded twice keeps the same ids; rows the dataset no longer has are deleted. Writes
 * through {@link SeedDatabase}, inside its transaction.
 */
@Component
class DatasetWriter {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final SeedDatabase database;

	private final DerivedData derived;

	DatasetWriter(SeedDatabase database, DerivedData derived) {
		this.jdbc = database.jdbc();
		this.batch = database.template();
		this.database = database;
		this.derived = derived;
	}

	/**
	 * Writes the dataset and records the load.
	 * @param started when the load began, from {@link System#nanoTime()}
	 */
	void write(CuratedDataset dataset, long started) {
		this.database.lockForWriting();
		Map<String, Long> sources = writeSources(dataset);
		Map<String, Long> organizations = writeOrganizations(dataset.organizations());
		Map<String, Long> people = writePeople(dataset.people(), organizations);
		Map<String, Long> articles = writeArticles(dataset.articles(), sources);
		writeArticlePeople(dataset.articles(), articles, people);
		writeMentions(dataset.articles(), articles, organizations);
		writeQuotes(dataset.articles(), articles, people, organizations);
		deleteMissing(dataset);
		this.derived.rebuild(this.jdbc);
		this.database.recordLoad(dataset.checksum(), Duration.ofNanos(System.nanoTime() - started), dataset.counts());
	}

	private Map<String, Long> writeSources(CuratedDataset dataset) {
		batch("""
				insert into sources (slug, name, url) values (:slug, :name, :url)
				on conflict (slug) do update set name = excluded.name, url = excluded.url
				""", dataset.sources(),
				(source) -> params().addValue("slug", source.slug())
					.addValue("name", source.name())
					.addValue("url", source.url()));
		return ids("sources");
	}

	private Map<String, Long> writeOrganizations(List<OrganizationRow> rows) {
		batch("""
				insert into organizations (slug, name, kind, country, wikidata_id, description)
				values (:slug, :name, :kind, :country, :wikidataId, :description)
				on conflict (slug) do update set name = excluded.name, kind = excluded.kind,
				    country = excluded.country, wikidata_id = excluded.wikidata_id, description = excluded.description
				""", rows,
				(organization) -> params().addValue("slug", organization.slug())
					.addValue("name", organization.name())
					.addValue("kind", organization.kind())
					.addValue("country", organization.country())
					.addValue("wikidataId", organization.wikidataId())
					.addValue("description", organization.description()));
		batch("""
				update organizations set parent_id = (select p.id from organizations p where p.slug = :parent)
				where slug = :slug
				""", rows, (organization) -> params().addValue("slug", organization.slug())
			.addValue("parent", organization.parentSlug()));
		Map<String, Long> ids = ids("organizations");
		this.jdbc.sql("delete from organization_aliases").update();
		List<SqlParameterSource> aliases = new ArrayList<>();
		for (OrganizationRow organization : rows) {
			for (int i = 0; i < organization.aliases().size(); i++) {
				aliases.add(params().addValue("organization", ids.get(organization.slug()))
					.addValue("alias", organization.aliases().get(i))
					.addValue("position", i));
			}
		}
		batch("""
				insert into organization_aliases (organization_id, alias, position)
				values (:organization, :alias, :position)
				""", aliases);
		return ids;
	}

	private Map<String, Long> writePeople(List<PersonRow> rows, Map<String, Long> organizations) {
		batch("""
				insert into people (slug, name, wikidata_id) values (:slug, :name, :wikidataId)
				on conflict (slug) do update set name = excluded.name, wikidata_id = excluded.wikidata_id
				""", rows,
				(person) -> params().addValue("slug", person.slug())
					.addValue("name", person.name())
					.addValue("wikidataId", person.wikidataId()));
		Map<String, Long> ids = ids("people");
		List<Long> personIds = new ArrayList<>();
		List<Long> organizationIds = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		List<SqlParameterSource> affiliations = new ArrayList<>();
		rows.forEach((person) -> person.affiliations().forEach((affiliation) -> {
			personIds.add(ids.get(person.slug()));
			organizationIds.add(organizations.get(affiliation.organizationSlug()));
			roles.add(affiliation.role());
			affiliations.add(params().addValue("person", ids.get(person.slug()))
				.addValue("organization", organizations.get(affiliation.organizationSlug()))
				.addValue("role", affiliation.role()));
		}));
		batch("""
				insert into affiliations (person_id, organization_id, role) values (:person, :organization, :role)
				on conflict (person_id, organization_id, role) do nothing
				""", affiliations);
		this.jdbc.sql("""
				delete from affiliations a
				where not exists (select 1 from unnest(:people::bigint[], :organizations::bigint[], :roles::text[])
				                      as k(person_id, organization_id, role)
				                  where k.person_id = a.person_id and k.organization_id = a.organization_id
				                    and k.role is not distinct from a.role)
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("organizations", organizationIds.toArray(Long[]::new))
			.param("roles", roles.toArray(String[]::new))
			.update();
		return ids;
	}

	private Map<String, Long> writeArticles(List<ArticleRow> rows, Map<String, Long> sources) {
		// a text never changes under its slug, but if one did, its old spans would not
		// fit it
		batch("""
				delete from quotes q using articles a
				where q.article_id = a.id and a.slug = :slug and a.text_sha256 <> :sha256
				""", rows, (article) -> params().addValue("slug", article.slug()).addValue("sha256", article.sha256()));
		batch("""
				delete from organization_mentions m using articles a
				where m.article_id = a.id and a.slug = :slug and a.text_sha256 <> :sha256
				""", rows, (article) -> params().addValue("slug", article.slug()).addValue("sha256", article.sha256()));
		batch("""
				insert into articles (slug, file_name, text_sha256, title, body, source_id, url, published_on,
				                      published_precision, byline, word_count)
				values (:slug, :fileName, :sha256, :title, :body, :source, :url, :publishedOn, :precision, :byline,
				        :wordCount)
				on conflict (slug) do update set file_name = excluded.file_name, text_sha256 = excluded.text_sha256,
				    title = excluded.title, body = excluded.body, source_id = excluded.source_id, url = excluded.url,
				    published_on = excluded.published_on, published_precision = excluded.published_precision,
				    byline = excluded.byline, word_count = excluded.word_count
				""", rows, (article) -> params().addValue("slug", article.slug())
			.addValue("fileName", article.fileName())
			.addValue("sha256", article.sha256())
			.addValue("title", article.title())
			.addValue("body", article.body())
			.addValue("source", (article.sourceSlug() != null) ? sources.get(article.sourceSlug()) : null)
			.addValue("url", article.url())
			.addValue("publishedOn", (article.publishedOn() != null) ? Date.valueOf(article.publishedOn()) : null)
			.addValue("precision", article.publishedPrecision())
			.addValue("byline", article.byline())
			.addValue("wordCount", article.wordCount()));
		return ids("articles");
	}

	private void writeArticlePeople(List<ArticleRow> rows, Map<String, Long> articles, Map<String, Long> people) {
		List<SqlParameterSource> links = new ArrayList<>();
		rows.forEach((article) -> article.peopleSlugs()
			.forEach((person) -> links.add(params().addValue("article", articles.get(article.slug()))
				.addValue("person", people.get(person)))));
		this.jdbc.sql("delete from article_people").update();
		batch("insert into article_people (article_id, person_id) values (:article, :person)", links);
	}

	private void writeMentions(List<ArticleRow> rows, Map<String, Long> articles, Map<String, Long> organizations) {
		List<SqlParameterSource> mentions = new ArrayList<>();
		for (ArticleRow article : rows) {
			for (MentionRow mention : article.mentions()) {
				mentions.add(params().addValue("article", articles.get(article.slug()))
					.addValue("length", article.body().codePointCount(0, article.body().length()))
					.addValue("organization", organizations.get(mention.organizationSlug()))
					.addValue("start", mention.start())
					.addValue("end", mention.end()));
			}
		}
		deleteSpansNotIn("organization_mentions", mentions);
		batch("""
				insert into organization_mentions (article_id, article_length, organization_id, start_offset, end_offset)
				values (:article, :length, :organization, :start, :end)
				on conflict (article_id, start_offset) do update set organization_id = excluded.organization_id,
				    end_offset = excluded.end_offset, article_length = excluded.article_length
				""",
				mentions);
	}

	private void writeQuotes(List<ArticleRow> rows, Map<String, Long> articles, Map<String, Long> people,
			Map<String, Long> organizations) {
		List<SqlParameterSource> quotes = new ArrayList<>();
		List<SqlParameterSource> about = new ArrayList<>();
		for (ArticleRow article : rows) {
			for (QuoteRow quote : article.quotes()) {
				quotes.add(params().addValue("article", articles.get(article.slug()))
					.addValue("length", article.body().codePointCount(0, article.body().length()))
					.addValue("start", quote.start())
					.addValue("end", quote.end())
					.addValue("text", quote.text())
					.addValue("speaker", (quote.speakerSlug() != null) ? people.get(quote.speakerSlug()) : null)
					.addValue("organization",
							(quote.organizationSlug() != null) ? organizations.get(quote.organizationSlug()) : null)
					.addValue("role", quote.role())
					.addValue("context", quote.context()));
				quote.aboutSlugs()
					.forEach((organization) -> about.add(params().addValue("article", articles.get(article.slug()))
						.addValue("start", quote.start())
						.addValue("organization", organizations.get(organization))));
			}
		}
		deleteSpansNotIn("quotes", quotes);
		batch("""
				insert into quotes (article_id, article_length, start_offset, end_offset, text, speaker_id,
				                    organization_id, role, context)
				values (:article, :length, :start, :end, :text, :speaker, :organization, :role, :context)
				on conflict (article_id, start_offset) do update set article_length = excluded.article_length,
				    end_offset = excluded.end_offset, text = excluded.text, speaker_id = excluded.speaker_id,
				    organization_id = excluded.organization_id, role = excluded.role, context = excluded.context
				""", quotes);
		this.jdbc.sql("delete from quote_about").update();
		batch("""
				insert into quote_about (quote_id, organization_id)
				select q.id, :organization from quotes q where q.article_id = :article and q.start_offset = :start
				""", about);
	}

	/**
	 * Deletes the rows of a span table whose (article, start) the new dataset does not
	 * have.
	 */
	private void deleteSpansNotIn(String table, List<SqlParameterSource> spans) {
		this.jdbc
			.sql("delete from " + table
					+ """
							 t where not exists (select 1 from unnest(:articles::bigint[], :starts::int[]) as k(article_id, start_offset)
							                     where k.article_id = t.article_id and k.start_offset = t.start_offset)
							""")
			.param("articles", spans.stream().map((span) -> (Long) span.getValue("article")).toArray(Long[]::new))
			.param("starts", spans.stream().map((span) -> (Integer) span.getValue("start")).toArray(Integer[]::new))
			.update();
	}

	private void deleteMissing(CuratedDataset dataset) {
		deleteSlugsNotIn("articles", dataset.articles().stream().map(ArticleRow::slug).toList());
		deleteSlugsNotIn("people", dataset.people().stream().map(PersonRow::slug).toList());
		deleteSlugsNotIn("organizations", dataset.organizations().stream().map(OrganizationRow::slug).toList());
		deleteSlugsNotIn("sources", dataset.sources().stream().map(CuratedDataset.SourceRow::slug).toList());
	}

	private void deleteSlugsNotIn(String table, List<String> slugs) {
		this.jdbc.sql("delete from " + table + " where slug <> all(:slugs::text[])")
			.param("slugs", slugs.toArray(String[]::new))
			.update();
	}

	private Map<String, Long> ids(String table) {
		return this.jdbc.sql("select slug, id from " + table)
			.query((rs, rowNum) -> Map.entry(rs.getString("slug"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> params) {
		batch(sql, rows.stream().map(params).toList());
	}

	private void batch(String sql, List<SqlParameterSource> params) {
		if (!params.isEmpty()) {
			this.batch.batchUpdate(sql, params.toArray(SqlParameterSource[]::new));
		}
	}

	private static MapSqlParameterSource params() {
		return new MapSqlParameterSource();
	}

}
