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
 * Where the seed loader writes: a connection of its own, outside the API's pool, so that
 * the API's statement timeout and read-only sessions never apply to a load. With least
 * privilege configured ({@code spring.flyway.user}, the schema owner, as for the
 * migrations), it writes as that owner; otherwise as the API's user.
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
