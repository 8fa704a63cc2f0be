package dev.newsgraph.database;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.newsgraph.graphql.GraphQlLimits;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reads run again on a real PostgreSQL when their server let them down: a connection the
 * server terminated (as a standby that stops does), a read cancelled with a conflict with
 * recovery's SQLSTATE; not a mistake in the statement, and not inside a transaction.
 */
class FailoverJdbcTemplateTest {

	private static final GraphQlLimits LIMITS = new GraphQlLimits(15, 50000, 20, 100, DataSize.ofKilobytes(256),
			Duration.ofSeconds(5), Duration.ofSeconds(10), 10000);

	static EmbeddedPostgres server;

	static HikariDataSource pool;

	static JdbcClient jdbc;

	static JdbcClient admin;

	@BeforeAll
	static void start() throws IOException {
		server = EmbeddedPostgres.builder().start();
		pool = new HikariDataSource();
		pool.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&ApplicationName=reader");
		pool.setMaximumPoolSize(2);
		jdbc = JdbcClient.create(new FailoverJdbcTemplate(pool, LIMITS));
		admin = JdbcClient.create(server.getPostgresDatabase());
		// fails its first call in a session-independent way: a conflict with recovery's
		// SQLSTATE, as a standby reports it
		admin.sql("""
				create sequence attempts;
				create function cancelled_once() returns int language plpgsql as $$
				begin
				  if nextval('attempts') = 1 then
				    raise exception 'canceling statement due to conflict with recovery' using errcode = '40001';
				  end if;
				  return 1;
				end $$
				""").update();
	}

	@AfterAll
	static void stop() throws IOException {
		pool.close();
		server.close();
	}

	@BeforeEach
	void resetTheAttempts() {
		admin.sql("select setval('attempts', 1, false)").query(Long.class).single();
	}

	@Test
	void aReadWhoseConnectionTheServerEndedRunsAgainOnANewOne() throws Exception {
		CompletableFuture<Integer> read = CompletableFuture
			.supplyAsync(() -> jdbc.sql("select pg_backend_pid() from pg_sleep(1)").query(Integer.class).single());
		Integer ended = null;
		while (ended == null) {
			ended = admin.sql("""
					select pid from pg_stat_activity
					where application_name = 'reader' and query like '%pg_sleep%' and state = 'active'
					""").query(Integer.class).optional().orElse(null);
		}
		admin.sql("select pg_terminate_backend(:pid)").param("pid", ended).query(Boolean.class).single();

		assertThat(read.get(10, TimeUnit.SECONDS)).isNotEqualTo(ended);
	}

	@Test
	void aReadCancelledByAConflictWithRecoveryRunsAgain() {
		assertThat(jdbc.sql("select cancelled_once()").query(Integer.class).single()).isOne();
		assertThat(attempts()).isEqualTo(2);
	}

	@Test
	void aMistakeInTheStatementIsNotRunAgain() {
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> jdbc.sql("select cancelled_once() from no_such_table").query(Integer.class).list());
		assertThat(attempts()).isZero();
	}

	@Test
	void aReadInATransactionIsNotRunAgain() {
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
		assertThatExceptionOfType(ConcurrencyFailureException.class).isThrownBy(() -> transaction
			.executeWithoutResult((status) -> jdbc.sql("select cancelled_once()").query(Integer.class).single()));
		assertThat(attempts()).isOne();
	}

	private static long attempts() {
		return admin.sql("select case when is_called then last_value else 0 end from attempts")
			.query(Long.class)
			.single();
	}

}
