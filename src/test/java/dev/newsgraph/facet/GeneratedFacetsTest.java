package dev.newsgraph.facet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsgraph.GeneratedSeedFolder;
import dev.newsgraph.facet.FacetRows.ArticleFilter;
import dev.newsgraph.facet.FacetRows.QuoteFilter;
import dev.newsgraph.seed.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facets over a generated 2,000-article dataset, against counts made in the test from the
 * loaded rows ({@link FacetRows}), after a load and after an incremental reload that
 * removes an article: the facet index follows every load. The context is the one
 * {@code IncrementalLoadTest} uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newsgraph.seed.load-on-startup=false")
@ActiveProfiles("test")
class GeneratedFacetsTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@TempDir
	static Path generated;

	@TempDir
	Path work;

	@Autowired
	SeedLoader loader;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private Path folder;

	private HttpGraphQlTester graphQl;

	@BeforeAll
	static void generateTheFolder() {
		GeneratedSeedFolder.write(generated.resolve("seeds"), 2_000, 11);
	}

	@BeforeEach
	void loadACopy() throws IOException {
		this.folder = this.work.resolve("seeds");
		FileSystemUtils.copyRecursively(generated.resolve("seeds"), this.folder);
		this.loader.load(this.folder);
		this.graphQl = HttpGraphQlTester
			.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port + "/graphql").build());
	}

	@Test
	void facetsCountWhatTheRowsHoldAfterALoadAndAfterAnIncrementalReload() throws IOException {
		checkFacets();
		String removed = this.jdbc.sql("""
				select a.file_name from articles a
				where a.source_id is not null and a.published_on is not null
				  and exists (select 1 from quotes q where q.article_id = a.id and q.speaker_id is not null)
				order by a.id limit 1
				""").query(String.class).single();
		Files.delete(this.folder.resolve("articles").resolve(removed));
		Files.delete(this.folder.resolve("articles").resolve(removed.replace(".txt", ".yaml")));
		assertThat(this.loader.load(this.folder).written()).isTrue();
		checkFacets();
	}

	private void checkFacets() {
		String organization = slug("select slug from organizations order by mention_count desc, id limit 1");
		String other = slug("""
				select o.slug from organization_co_mentions c join organizations o on o.id = c.other_id
				where c.organization_id = (select id from organizations where slug = '%s') order by c.position limit 1
				""".formatted(organization));
		String person = slug("select slug from people order by article_count desc, id limit 1");
		String source = slug("""
				select s.slug from sources s order by (select count(*) from articles a where a.source_id = s.id) desc,
				s.id limit 1""");
		String word = slug(
				"select lower(split_part(name, ' ', 1)) from organizations where slug = '%s'".formatted(organization));
		int year = this.jdbc.sql("select extract(year from max(published_on))::int from articles")
			.query(Integer.class)
			.single();
		for (ArticleFilter filter : List.of(new ArticleFilter(null, null, null, null, null, null),
				new ArticleFilter(List.of(organization), null, null, null, null, null),
				new ArticleFilter(List.of(organization, other), List.of(person), null, null, null, null),
				new ArticleFilter(null, null, source, (year - 3) + "-01-01", year + "-06-30", null),
				new ArticleFilter(List.of(organization), null, source, null, null, word))) {
			assertThat(FacetRows.asked(this.graphQl, filter, year - 2, year)).as(filter.toString())
				.isEqualTo(FacetRows.articleFacets(this.jdbc, filter, true, year - 2, year));
		}
		for (QuoteFilter filter : List.of(new QuoteFilter(null, null, null, null, null),
				new QuoteFilter(person, null, null, null, null), new QuoteFilter(null, organization, null, null, null),
				new QuoteFilter(null, null, organization, null, word))) {
			assertThat(FacetRows.asked(this.graphQl, filter)).as(filter.toString())
				.isEqualTo(FacetRows.quoteFacets(this.jdbc, filter, true));
		}
	}

	@Test
	void aFilteredTimelineCountsWhatTheRowsHoldInEveryInterval() {
		String organization = slug("select slug from organizations order by mention_count desc, id limit 1");
		int year = this.jdbc.sql("select extract(year from max(published_on))::int from articles")
			.query(Integer.class)
			.single();
		String from = (year - 2) + "-01-31";
		String to = year + "-12-01";
		// the span holds articles on a month's first and last days, on a Sunday and a
		// Monday,
		// and dated by their year or month alone: the buckets' edges are all exercised
		assertThat(this.jdbc
			.sql("""
					select count(*) filter (where published_precision = 'DAY' and extract(day from published_on) = 1) > 0
					   and count(*) filter (where published_precision = 'DAY'
					                          and published_on = (date_trunc('month', published_on) + interval '1 month - 1 day')::date) > 0
					   and count(*) filter (where extract(isodow from published_on) = 7) > 0
					   and count(*) filter (where extract(isodow from published_on) = 1) > 0
					   and count(*) filter (where published_precision = 'YEAR') > 0
					   and count(*) filter (where published_precision = 'MONTH') > 0
					from articles where published_on between cast(:from as date) and cast(:to as date)
					""")
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single()).isTrue();
		for (ArticleFilter filter : List.of(new ArticleFilter(null, null, null, null, null, null),
				new ArticleFilter(List.of(organization), null, null, (year - 1) + "-03-31", null, null))) {
			for (String interval : List.of("YEAR", "MONTH", "WEEK")) {
				List<Map<String, Object>> buckets = this.graphQl.documentName("filtered-timeline")
					.variable("filter", filter.variables())
					.variable("interval", interval)
					.variable("from", from)
					.variable("to", to)
					.execute()
					.path("timeline")
					.entityList(MAP)
					.get();
				assertThat(buckets).as(filter + " by " + interval)
					.isEqualTo(FacetRows.timeline(this.jdbc, filter, interval, from, to));
			}
		}
	}

	private String slug(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

}
