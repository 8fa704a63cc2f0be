package dev.newsgraph.seed;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up does not load a seed folder over a synthetic dataset. Rolled back, so the
 * other tests keep the curated dataset.
 */
@IntegrationTest
@Transactional
class SeedOnStartupTest {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetLoadRepository loads;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keepsASyntheticDatasetThatAChangedSeedFolderWouldReplace() {
		assertThat(this.loads.holdsSyntheticDataset()).isFalse();
		this.jdbc.sql("""
				insert into articles (slug, file_name, text_sha256, title, body, word_count)
				values ('generated-1', 'synthetic/generated-1.txt', repeat('0', 64), 'Generated', 'A body.', 2)
				""").update();
		assertThat(this.loads.holdsSyntheticDataset()).isTrue();
		int loadsBefore = count("select count(*) from dataset_loads");
		// a folder other than the one loaded: without the guard it would be loaded
		SeedProperties changedFolder = new SeedProperties(SeedFolderReaderTest.FIXTURES.resolve("valid"), true, false,
				false);
		new SeedOnStartup(this.loader, changedFolder, this.loads).run(null);
		assertThat(count("select count(*) from articles where slug = 'generated-1'")).isEqualTo(1);
		assertThat(count("select count(*) from dataset_loads")).isEqualTo(loadsBefore);
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
