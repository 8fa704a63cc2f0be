package dev.newsgraph.seed;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader against the real database. The service loaded {@code seeds/} at start-up;
 * every test here leaves that dataset in place.
 */
@IntegrationTest
class SeedLoaderTest {

	@Autowired
	SeedLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theServiceLoadedTheSeedsAtStartUpAndServesTheLoadRecord() {
		this.graphQl.documentName("dataset")
			.execute()
			.path("dataset.version")
			.entity(String.class)
			.isEqualTo(SeedFolderReader.read(SeedFolderReaderTest.SEEDS).checksum())
			.path("dataset.loadedAt")
			.hasValue()
			.path("dataset.counts")
			.entity(DatasetCounts.class)
			.isEqualTo(new DatasetCounts(1, 4, 22, 9, 18, 88));
	}

	@Autowired
	DerivedData derived;

	@Autowired
	SeedDatabase database;

	@Test
	void aDatasetLoadedBeforeTheDerivedTablesExistedIsBroughtUpToDateOnce() {
		int links = this.jdbc.sql("select count(*) from organization_articles").query(Integer.class).single();
		assertThat(links).isPositive();
		this.jdbc.sql("truncate organization_articles").update();
		this.jdbc.sql("update dataset_loads set derived_version = null").update();
		assertThat(this.derived.rebuildIfOutdated(this.database)).isTrue();
		assertThat(this.jdbc.sql("select count(*) from organization_articles").query(Integer.class).single())
			.isEqualTo(links);
		assertThat(this.derived.rebuildIfOutdated(this.database)).isFalse();
	}

	@Test
	void everyQuoteInTheDatabaseIsVerbatimAtItsSpan() {
		assertThat(this.jdbc.sql("""
				select count(*) from quotes q join articles a on a.id = q.article_id
				where substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset) <> q.text
				""").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from quotes").query(Integer.class).single()).isEqualTo(18);
	}

	@Test
	void loadingTheSameDatasetAgainWritesNothing() {
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		SeedLoader.Result result = this.loader.load(SeedFolderReaderTest.SEEDS);
		assertThat(result.written()).isFalse();
		assertThat(result.counts()).isEqualTo(new DatasetCounts(1, 4, 22, 9, 18, 88));
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void anUnchangedDatasetIsNotWrittenAgain() {
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		assertThat(this.loader.loadIfChanged(SeedFolderReaderTest.SEEDS).written()).isFalse();
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "bad-yaml", "unknown-organization", "quote-not-in-text", "duplicate-slug", "bad-date",
			"missing-text-file", "checksum-changed", "alias-inside-word", "many-defects" })
	void aBrokenFolderFailsWithItsProblemsAndLeavesTheDatabaseExactlyAsItWas(String fixture) {
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		assertThatExceptionOfType(SeedValidationException.class)
			.isThrownBy(() -> this.loader.load(SeedFolderReaderTest.FIXTURES.resolve(fixture)))
			.withMessageContaining("in seed folder")
			.satisfies((ex) -> assertThat(ex.getProblems()).isNotEmpty());
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aFailureHalfWayThroughALoadLeavesThePreviousDatasetIntact() {
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		// a real database failure after sources, organizations, people and articles are
		// written
		this.jdbc.sql("""
				create function fail_quote_insert() returns trigger language plpgsql as $$
				begin raise exception 'simulated failure half-way through the load'; end $$
				""").update();
		this.jdbc.sql(
				"create trigger fail_quote_insert before insert on quotes for each row execute function fail_quote_insert()")
			.update();
		try {
			assertThatExceptionOfType(DataAccessException.class)
				.isThrownBy(() -> this.loader.load(SeedFolderReaderTest.FIXTURES.resolve("valid")))
				.withMessageContaining("simulated failure half-way through the load");
		}
		finally {
			this.jdbc.sql("drop trigger fail_quote_insert on quotes").update();
			this.jdbc.sql("drop function fail_quote_insert()").update();
		}
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void idsStayTheSameForTheSameSlugs() {
		Map<String, Long> before = ids();
		this.loader.load(Path.of("seeds"));
		assertThat(ids()).isEqualTo(before).hasSize(1 + 4 + 22 + 9);
	}

	private Map<String, Long> ids() {
		return this.jdbc.sql("""
				select 'source/' || slug as key, id from sources
				union all select 'article/' || slug, id from articles
				union all select 'organization/' || slug, id from organizations
				union all select 'person/' || slug, id from people
				""")
			.query((rs, rowNum) -> Map.entry(rs.getString("key"), rs.getLong("id")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
