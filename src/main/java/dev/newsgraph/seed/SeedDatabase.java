package dev.newsgraph.seed;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Where a dataset is written, by the seed loader or the synthetic generator: a connection
 * of its own, outside the API's pool, so that the API's statement timeout and read-only
 * sessions never apply to a load. With least privilege configured
 * ({@code spring.flyway.user}, the schema owner, as for the migrations), it writes as
 * that owner; otherwise as the API's user.
 *
 * @param template statements, batches included
 * @param transaction the single transaction of a load
 */
public record SeedDatabase(NamedParameterJdbcTemplate template, TransactionTemplate transaction) {

	/**
	 * How the file names of generated articles start. Seed folders give bare file names,
	 * never a path, so this tells a synthetic dataset from a curated one.
	 */
	public static final String SYNTHETIC_FILE_PREFIX = "synthetic/";

	public JdbcClient jdbc() {
		return JdbcClient.create(this.template);
	}

	/**
	 * Readies the current transaction for a bulk write: one writer at a time, even across
	 * processes, and no statement timeout (the API's is not meant for bulk loads).
	 */
	public void lockForWriting() {
		jdbc().sql("set local statement_timeout = 0").update();
		jdbc().sql("select pg_advisory_xact_lock(hashtext('newsgraph.seed'))").query().singleRow();
	}

	/**
	 * Records a load in {@code dataset_loads}, inside the current transaction.
	 * @param registriesChecksum the checksum of a seed folder's shared files, or null
	 */
	public void recordLoad(String checksum, Duration duration, DatasetCounts counts, String registriesChecksum) {
		jdbc()
			.sql("""
					insert into dataset_loads (checksum, duration_ms, sources, articles, organizations, people, quotes, mentions,
					                           derived_version, registries_checksum)
					values (:checksum, :durationMs, :sources, :articles, :organizations, :people, :quotes, :mentions,
					        :derivedVersion, :registriesChecksum)
					""")
			.param("checksum", checksum)
			.param("durationMs", duration.toMillis())
			.param("sources", counts.sources())
			.param("articles", counts.articles())
			.param("organizations", counts.organizations())
			.param("people", counts.people())
			.param("quotes", counts.quotes())
			.param("mentions", counts.mentions())
			.param("derivedVersion", DerivedData.VERSION)
			.param("registriesChecksum", registriesChecksum)
			.update();
	}

	@Configuration(proxyBeanMethods = false)
	static class SeedDatabaseConfiguration {

		@Bean
		SeedDatabase seedDatabase(JdbcConnectionDetails connection, Environment environment) {
			String owner = environment.getProperty("spring.flyway.user");
			DataSource dataSource = StringUtils.hasText(owner)
					? new DriverManagerDataSource(environment.getProperty("spring.flyway.url", connection.getJdbcUrl()),
							owner, environment.getProperty("spring.flyway.password"))
					: new DriverManagerDataSource(connection.getJdbcUrl(), connection.getUsername(),
							connection.getPassword());
			return new SeedDatabase(new NamedParameterJdbcTemplate(dataSource),
					new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		}

	}

}
