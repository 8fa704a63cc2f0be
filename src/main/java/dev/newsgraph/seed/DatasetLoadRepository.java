package dev.newsgraph.seed;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.dataset.DatasetVersion;

/**
 * The {@code dataset_loads} table: one row per successful load.
 */
@Repository
class DatasetLoadRepository implements DatasetVersion {

	private final JdbcClient jdbc;

	DatasetLoadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long current() {
		return this.jdbc.sql("select " + LOAD_ID).query(Long.class).single();
	}

	/**
	 * Whether the articles are generated ones, which a seed folder must not replace
	 * unasked.
	 */
	boolean holdsSyntheticDataset() {
		return this.jdbc.sql("select exists (select 1 from articles where starts_with(file_name, :prefix))")
			.param("prefix", SeedDatabase.SYNTHETIC_FILE_PREFIX)
			.query(Boolean.class)
			.single();
	}

	Optional<Dataset> findLatest() {
		return this.jdbc.sql("""
				select checksum, loaded_at, sources, articles, organizations, people, quotes, mentions
				from dataset_loads
				order by loaded_at desc, id desc
				limit 1
				""")
			.query((rs, rowNum) -> new Dataset(rs.getString("checksum"),
					rs.getObject("loaded_at", OffsetDateTime.class),
					new DatasetCounts(rs.getInt("sources"), rs.getInt("articles"), rs.getInt("organizations"),
							rs.getInt("people"), rs.getInt("quotes"), rs.getInt("mentions"))))
			.optional();
	}

}
