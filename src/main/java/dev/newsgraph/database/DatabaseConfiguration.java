package dev.newsgraph.database;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.StringUtils;

import dev.newsgraph.graphql.GraphQlLimits;

/**
 * Chooses the database: {@code spring.datasource.url} when set (Boot's own handling),
 * else {@code DATABASE_URL}, else an embedded PostgreSQL 18 whose data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean
	@Conditional(DatabaseMode.DatabaseUrlCondition.class)
	JdbcConnectionDetails databaseUrlConnectionDetails(DatabaseProperties properties) {
		return DatabaseUrl.parse(properties.databaseUrl());
	}

	@Bean(destroyMethod = "close")
	@Conditional(DatabaseMode.EmbeddedCondition.class)
	EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) throws IOException {
		return EmbeddedDatabase.start(properties.embeddedDb());
	}

	@Bean
	@Conditional(DatabaseMode.EmbeddedCondition.class)
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedDatabase postgres) {
		return new DatabaseUrl("jdbc:postgresql://localhost:" + postgres.port() + "/postgres", "postgres", null);
	}

	/**
	 * The JdbcTemplate under JdbcClient, holding statements to the request deadline and
	 * reading again when a server went away.
	 */
	@Bean
	JdbcTemplate jdbcTemplate(DataSource dataSource, GraphQlLimits limits) {
		return new FailoverJdbcTemplate(dataSource, limits);
	}

	/**
	 * Flyway connects on its own, outside the pool, unless a schema owner is configured
	 * (then Boot already does): pooled connections carry the API's statement timeout, and
	 * a session setting changed by a migration would stay with the pooled connection.
	 */
	@Bean
	FlywayConfigurationCustomizer flywayOutsideThePool(JdbcConnectionDetails connection, Environment environment) {
		return (configuration) -> {
			if (!StringUtils.hasText(environment.getProperty("spring.flyway.user"))
					&& !StringUtils.hasText(environment.getProperty("spring.flyway.url"))) {
				configuration.dataSource(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword());
			}
		};
	}

	/**
	 * Gives every pooled connection the statement timeout and custom plans and logs which
	 * database is used.
	 */
	@Bean
	static BeanPostProcessor hikariDataSourceSetup(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource dataSource) {
					GraphQlLimits limits = Binder.get(environment)
						.bindOrCreate("newsgraph.graphql", GraphQlLimits.class);
					// custom plans: a parameter such as an organization's id decides the
					// plan, and the data is skewed (Zipf), so a generic plan is never
					// safe
					dataSource.addDataSourceProperty("options", "-c statement_timeout="
							+ limits.statementTimeout().toMillis() + " -c plan_cache_mode=force_custom_plan");
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource dataSource) {
					logger.info("Database: {} at {}", DatabaseMode.of(environment).description(),
							maskPassword(dataSource.getJdbcUrl()));
				}
				return bean;
			}
		};
	}

	static String maskPassword(String jdbcUrl) {
		return (jdbcUrl != null) ? jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1****") : null;
	}

	/**
	 * The three ways to get a database, in order of precedence.
	 */
	enum DatabaseMode {

		SPRING_DATASOURCE("external PostgreSQL from spring.datasource.url"),
		DATABASE_URL("external PostgreSQL from DATABASE_URL"), EMBEDDED("embedded PostgreSQL");

		private final String description;

		DatabaseMode(String description) {
			this.description = description;
		}

		String description() {
			return this.description;
		}

		static DatabaseMode of(Environment environment) {
			if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
				return SPRING_DATASOURCE;
			}
			if (StringUtils.hasText(environment.getProperty("newsgraph.database-url"))) {
				return DATABASE_URL;
			}
			return EMBEDDED;
		}

		static class DatabaseUrlCondition implements Condition {

			@Override
			public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
				return of(context.getEnvironment()) == DATABASE_URL;
			}

		}

		static class EmbeddedCondition implements Condition {

			@Override
			public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
				return of(context.getEnvironment()) == EMBEDDED;
			}

		}

	}

}
