package dev.newsgraph.synthetic;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.seed.DatabaseFingerprint;
import dev.newsgraph.seed.DatasetCounts;
import dev.newsgraph.seed.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The generator against a real PostgreSQL, in a context of its own, as the command runs
 * it (no web server, no seed load at start-up), so the API tests keep their dataset.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "newsgraph.seed.load-on-startup=false")
@ActiveProfiles("test")
class SyntheticGeneratorTest {

	private static final int ARTICLES = 1000;

	@Autowired
	SyntheticGenerator generator;

	@Autowired
	SeedLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatesTheRequestedSizesWithEverySpanWhereItIsRecorded() {
		SyntheticGenerator.Result result = this.generator.generate(7, ARTICLES, (articles) -> {
		});
		DatasetCounts counts = result.counts();
		assertThat(counts.articles()).isEqualTo(ARTICLES);
		assertThat(counts.organizations()).isEqualTo(50);
		assertThat(counts.people()).isEqualTo(100);
		assertThat(counts.sources()).isEqualTo(20);
		assertThat(counts.quotes()).isBetween(3600, 4400);
		assertThat(counts.mentions()).isBetween(5000, 6000);
		assertThat(count("select count(*) from articles")).isEqualTo(ARTICLES);
		assertThat(count("select count(*) from quotes")).isEqualTo(counts.quotes());
		assertThat(count("select count(*) from organization_mentions")).isEqualTo(counts.mentions());
		assertThat(this.jdbc.sql("select checksum from dataset_loads order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo(result.checksum()).isEqualTo(SyntheticGenerator.checksum(7, ARTICLES));
		// each mention's span is one of its organization's aliases
		assertThat(count("""
				select count(*) from organization_mentions m join articles a on a.id = m.article_id
				where not exists (select 1 from organization_aliases al where al.organization_id = m.organization_id
				                  and al.alias = substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset))
				""")).isZero();
		assertThat(count("""
				select count(*) from quotes q join articles a on a.id = q.article_id
				where substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset) <> q.text
				""")).isZero();
		// a speaker speaks for an organization they are affiliated with, in that role
		assertThat(count("""
				select count(*) from quotes q where not exists (select 1 from affiliations f
				    where f.person_id = q.speaker_id and f.organization_id = q.organization_id
				      and f.role is not distinct from q.role)
				""")).isZero();
		assertThat(count("""
				select count(*) from quote_about qa join quotes q on q.id = qa.quote_id
				where not exists (select 1 from organization_mentions m where m.article_id = q.article_id
				                  and m.organization_id = qa.organization_id
				                  and m.start_offset >= q.start_offset and m.end_offset <= q.end_offset)
				""")).isZero();
		assertThat(count("""
				select count(*) from quotes q
				where not exists (select 1 from article_people ap where ap.article_id = q.article_id
				                  and ap.person_id = q.speaker_id)
				""")).isZero();
		assertThat(count("select count(*) from affiliations group by person_id order by 1 desc limit 1"))
			.isLessThanOrEqualTo(2);
		assertThat(count("""
				select count(*) from organizations o
				where mention_count <> (select count(distinct article_id) from organization_mentions m
				                        where m.organization_id = o.id)
				""")).isZero();
		// Zipf: the most mentioned organization is in a large share of the articles
		assertThat(count("select max(mention_count) from organizations")).isGreaterThan(ARTICLES * 3 / 10);
		assertThat(count("select count(*) from quote_about")).isBetween(counts.quotes() / 5, counts.quotes() * 2 / 5);
		// the sequences continue after the generated ids
		assertThat(this.jdbc.sql("select nextval(pg_get_serial_sequence('articles', 'id'))").query(Long.class).single())
			.isEqualTo(ARTICLES + 1L);
	}

	@Test
	void theSameSeedGivesTheSameRowsAndIds() {
		this.generator.generate(7, ARTICLES, (articles) -> {
		});
		Map<String, String> first = DatabaseFingerprint.of(this.jdbc, "dataset_loads");
		this.generator.generate(7, ARTICLES, (articles) -> {
		});
		assertThat(DatabaseFingerprint.of(this.jdbc, "dataset_loads")).isEqualTo(first);
	}

	@Test
	void aFailureHalfWayLeavesThePreviousDatasetIntact() {
		this.loader.load(Path.of("seeds"));
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		// organizations, people and the first batch of articles are copied, then the run
		// fails
		assertThatIllegalStateException().isThrownBy(() -> this.generator.generate(7, ARTICLES, (articles) -> {
			if (articles > 0) {
				throw new IllegalStateException("simulated failure after " + articles + " articles");
			}
		})).withMessage("simulated failure after " + SyntheticRows.ARTICLES_PER_BATCH + " articles");
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
