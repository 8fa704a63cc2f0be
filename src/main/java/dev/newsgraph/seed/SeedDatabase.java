package dev.newsgraph.seed;

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
 * Where the seed loader writes. With least privilege configured
 * ({@code spring.flyway.user}, the schema owner, as for the migrations), it writes as
 * that owner while the API's pool stays read-only; otherwise it shares the API's pool.
 *
 * @param template statements, batches included
 * @param transaction the single transaction of a load
 */
record SeedDatabase(NamedParameterJdbcTemplate template, TransactionTemplate transaction) {

	JdbcClient jdbc() {
		return JdbcClient.create(this.template);
	}

	@Configuration(proxyBeanMethods = false)
	static class SeedDatabaseConfiguration {

		@Bean
		SeedDatabase seedDatabase(DataSource pool, JdbcConnectionDetails connection, Environment environment) {
			String owner = environment.getProperty("spring.flyway.user");
			DataSource dataSource = pool;
			if (StringUtils.hasText(owner)) {
				String url = environment.getProperty("spring.flyway.url", connection.getJdbcUrl());
				dataSource = new DriverManagerDataSource(url, owner, environment.getProperty("spring.flyway.password"));
			}
			return new SeedDatabase(new NamedParameterJdbcTemplate(dataSource),
					new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
		}

	}

}
