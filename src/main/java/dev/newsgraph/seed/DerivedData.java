package dev.newsgraph.seed;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.newsgraph.fulltext.NameMatch;

/**
 * What is computed from the loaded rows rather than loaded: the positions, links, counts
 * and co-mentions that let every page of the API be one index range (see
 * {@code V3__page_keys.sql}). Every writer of a dataset (the seed loader, the synthetic
 * generator) rebuilds it last, inside its own transaction, so readers never see it out of
 * step with the rows.
 */
@Component
public class DerivedData {

	/**
	 * Changes whenever what is derived changes, so that existing datasets are rebuilt.
	 */
	static final int VERSION = 4;

	/** Co-mentions kept per organization: the largest page {@code coMentions} serves. */
	static final int CO_MENTIONS_KEPT = 100;

	/**
	 * Recomputes every derived table and count from the rows the transaction of
	 * {@code jdbc} sees. Rows go in primary-key order, so that index maintenance appends
	 * rather than seeks.
	 */
	public void rebuild(JdbcClient jdbc) {
		jdbc.sql("set local work_mem = '256MB'").update();
		jdbc.sql("""
				truncate article_positions, organization_articles, person_articles, organization_quotes_about,
				         organization_co_mentions, organization_days, person_days, name_words, organization_name_words,
				         person_name_words
				""").update();
		jdbc.sql("""
				insert into article_positions (article_id, published_key, published_rank, title_rank)
				select id, coalesce(published_on, '-infinity'::date),
				       row_number() over (order by coalesce(published_on, '-infinity'::date), id),
				       row_number() over (order by title collate catalogue, id)
				from articles
				""").update();
		derive(jdbc, Scope.ALL);
		rebuildNameWords(jdbc);
		jdbc.sql("""
				analyze article_positions, organization_articles, person_articles, organization_quotes_about,
				        organization_co_mentions, organization_days, person_days, organizations, people, name_words,
				        organization_name_words, person_name_words
				""").update();
	}

	/**
	 * Notes, before the articles staged by a seed load ({@code stage_articles}) replace
	 * their rows, which organizations and people those rows count for, so that
	 * {@link #refreshChanged} can update just them.
	 */
	void noteChanging(JdbcClient jdbc) {
		jdbc.sql("""
				create temporary table derived_articles on commit drop as
				select a.id as article_id from articles a join stage_articles s on s.slug = a.slug
				""").update();
		jdbc.sql("create temporary table derived_organizations (organization_id bigint) on commit drop").update();
		jdbc.sql("create temporary table derived_people (person_id bigint) on commit drop").update();
		noteCounted(jdbc);
	}

	/**
	 * Updates what the articles noted by {@link #noteChanging} count for, after their
	 * rows were replaced. Only for loads that change no article's position: no article
	 * added or removed, no title or date changed, the shared files the same.
	 */
	void refreshChanged(JdbcClient jdbc) {
		noteCounted(jdbc);
		jdbc.sql("analyze derived_articles, derived_organizations, derived_people").update();
		jdbc.sql("""
				delete from organization_articles
				where organization_id in (select organization_id from derived_organizations)
				  and article_id in (select article_id from derived_articles)
				""").update();
		jdbc.sql("""
				delete from person_articles
				where person_id in (select person_id from derived_people)
				  and article_id in (select article_id from derived_articles)
				""").update();
		jdbc.sql("""
				delete from organization_quotes_about
				where organization_id in (select organization_id from derived_organizations)
				  and article_id in (select article_id from derived_articles)
				""").update();
		for (String table : List.of("organization_co_mentions", "organization_days")) {
			jdbc.sql("""
					delete from %s where organization_id in (select organization_id from derived_organizations)
					""".formatted(table)).update();
		}
		jdbc.sql("delete from person_days where person_id in (select person_id from derived_people)").update();
		derive(jdbc, Scope.CHANGED);
	}

	/** Adds the organizations and people the noted articles' rows count for now. */
	private void noteCounted(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into derived_organizations
						select organization_id from organization_mentions where article_id in (select article_id from derived_articles)
						union select organization_id from quotes
						      where article_id in (select article_id from derived_articles) and organization_id is not null
						union select qa.organization_id from quote_about qa join quotes q on q.id = qa.quote_id
						      where q.article_id in (select article_id from derived_articles)
						""")
			.update();
		jdbc.sql("""
				insert into derived_people
				select person_id from article_people where article_id in (select article_id from derived_articles)
				union select speaker_id from quotes
				      where article_id in (select article_id from derived_articles) and speaker_id is not null
				""").update();
	}

	/**
	 * Which rows {@link #derive} writes: all of them, or those of the articles, and the
	 * counts of the organizations and people, that {@link #noteChanging} noted.
	 */
	private enum Scope {

		ALL("true", "true", "true", "organization_articles b on b.article_id = a.article_id"),

		// a few organizations: their co-mentioned ones by index, per article, rather than
		// by a scan of every link
		CHANGED("%s in (select article_id from derived_articles)",
				"%s in (select organization_id from derived_organizations)",
				"%s in (select person_id from derived_people)", """
						lateral (select distinct m.organization_id from organization_mentions m
						         where m.article_id = a.article_id) b on true""");

		private final String articles;

		private final String organizations;

		private final String people;

		/** What {@code organization_articles a} joins to find the other organizations. */
		private final String coMentioned;

		Scope(String articles, String organizations, String people, String coMentioned) {
			this.articles = articles;
			this.organizations = organizations;
			this.people = people;
			this.coMentioned = coMentioned;
		}

		String articles(String column) {
			return this.articles.formatted(column);
		}

		String organizations(String column) {
			return this.organizations.formatted(column);
		}

		String people(String column) {
			return this.people.formatted(column);
		}

	}

	/**
	 * The links, co-mentions and counts within {@code scope}, from the articles'
	 * positions.
	 */
	private void derive(JdbcClient jdbc, Scope scope) {
		jdbc.sql("""
				insert into organization_articles (organization_id, article_id, published_rank, title_rank)
				select m.organization_id, m.article_id, p.published_rank, p.title_rank
				from (select distinct organization_id, article_id from organization_mentions where %s) m
				join article_positions p on p.article_id = m.article_id
				order by m.organization_id, m.article_id
				""".formatted(scope.articles("article_id"))).update();
		jdbc.sql("""
				insert into person_articles (person_id, article_id, published_rank, title_rank)
				select ap.person_id, ap.article_id, p.published_rank, p.title_rank
				from article_people ap join article_positions p on p.article_id = ap.article_id
				where %s
				order by ap.person_id, ap.article_id
				""".formatted(scope.articles("ap.article_id"))).update();
		jdbc.sql("""
				insert into organization_quotes_about (organization_id, article_id, start_offset, quote_id)
				select qa.organization_id, q.article_id, q.start_offset, q.id
				from quote_about qa join quotes q on q.id = qa.quote_id
				where %s
				order by qa.organization_id, q.article_id, q.start_offset
				""".formatted(scope.articles("q.article_id"))).update();
		jdbc.sql("""
				insert into organization_co_mentions (organization_id, position, other_id, article_count)
				select organization_id, position, other_id, article_count from (
				    select a.organization_id, b.organization_id as other_id, count(*) as article_count,
				           row_number() over (partition by a.organization_id
				                              order by count(*) desc, min(o.name), b.organization_id) as position
				    from organization_articles a
				    join %s
				    join organizations o on o.id = b.organization_id
				    where b.organization_id <> a.organization_id and %s
				    group by a.organization_id, b.organization_id
				) ranked
				where position <= :kept
				order by organization_id, position
				""".formatted(scope.coMentioned, scope.organizations("a.organization_id")))
			.param("kept", CO_MENTIONS_KEPT)
			.update();
		dayCounts(jdbc, scope);
		jdbc.sql(
				"""
						update organizations o
						set mention_count = (select count(*) from organization_articles x where x.organization_id = o.id),
						    quote_count = (select count(*) from quotes q where q.organization_id = o.id),
						    quote_about_count = (select count(*) from organization_quotes_about x where x.organization_id = o.id)
						where %s
						"""
					.formatted(scope.organizations("o.id")))
			.update();
		jdbc.sql("""
				update people p
				set article_count = (select count(*) from person_articles x where x.person_id = p.id),
				    quote_count = (select count(*) from quotes q where q.speaker_id = p.id)
				where %s
				""".formatted(scope.people("p.id"))).update();
	}

	/**
	 * What each publication date holds per organization and per person, for timelines;
	 * undated articles are left out.
	 */
	private void dayCounts(JdbcClient jdbc, Scope scope) {
		jdbc.sql("""
				insert into organization_days (organization_id, day, precision, articles, quotes, quotes_about)
				select organization_id, day, precision, sum(articles), sum(quotes), sum(quotes_about)
				from (select x.organization_id, a.published_on as day, a.published_precision as precision,
				             1 as articles, 0 as quotes, 0 as quotes_about
				      from organization_articles x join articles a on a.id = x.article_id
				      where a.published_on is not null and %1$s
				      union all
				      select x.organization_id, a.published_on, a.published_precision, 0, 1, 0
				      from quotes x join articles a on a.id = x.article_id
				      where a.published_on is not null and x.organization_id is not null and %1$s
				      union all
				      select x.organization_id, a.published_on, a.published_precision, 0, 0, 1
				      from organization_quotes_about x join articles a on a.id = x.article_id
				      where a.published_on is not null and %1$s) dated
				group by organization_id, day, precision
				order by organization_id, day, precision
				""".formatted(scope.organizations("x.organization_id"))).update();
		jdbc.sql("""
				insert into person_days (person_id, day, precision, articles, quotes)
				select person_id, day, precision, sum(articles), sum(quotes)
				from (select x.person_id, a.published_on as day, a.published_precision as precision,
				             1 as articles, 0 as quotes
				      from person_articles x join articles a on a.id = x.article_id
				      where a.published_on is not null and %s
				      union all
				      select x.speaker_id, a.published_on, a.published_precision, 0, 1
				      from quotes x join articles a on a.id = x.article_id
				      where a.published_on is not null and x.speaker_id is not null and %s) dated
				group by person_id, day, precision
				order by person_id, day, precision
				""".formatted(scope.people("x.person_id"), scope.people("x.speaker_id"))).update();
	}

	/** The words of every name, for the name filters ({@link NameMatch}). */
	private void rebuildNameWords(JdbcClient jdbc) {
		jdbc.sql("""
				insert into organization_name_words (word, organization_id)
				select distinct w.word, n.organization_id
				from (select id as organization_id, name from organizations
				      union all select organization_id, alias from organization_aliases) n
				cross join lateral %s w(word)
				where w.word <> ''
				order by 1, 2
				""".formatted(NameMatch.WORDS.formatted("n.name"))).update();
		jdbc.sql("""
				insert into person_name_words (word, person_id)
				select distinct w.word, p.id
				from people p cross join lateral %s w(word)
				where w.word <> ''
				order by 1, 2
				""".formatted(NameMatch.WORDS.formatted("p.name"))).update();
		jdbc.sql("""
				insert into name_words (word)
				select word from organization_name_words union select word from person_name_words
				order by 1
				""").update();
	}

	/**
	 * Rebuilds the derived data of the dataset already loaded when it was built by
	 * another version of this class, or never: a database loaded before an upgrade.
	 * @return whether it rebuilt
	 */
	boolean rebuildIfOutdated(SeedDatabase database) {
		return Boolean.TRUE.equals(database.transaction().execute((status) -> {
			Long outdated = database.jdbc().sql("""
					select id from dataset_loads
					where id = (select id from dataset_loads order by loaded_at desc, id desc limit 1)
					  and derived_version is distinct from :version
					""").param("version", VERSION).query(Long.class).optional().orElse(null);
			if (outdated == null) {
				return false;
			}
			database.lockForWriting();
			rebuild(database.jdbc());
			database.jdbc()
				.sql("update dataset_loads set derived_version = :version where id = :id")
				.param("version", VERSION)
				.param("id", outdated)
				.update();
			return true;
		}));
	}

}
