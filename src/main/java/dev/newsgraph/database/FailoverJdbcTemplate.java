package dev.newsgraph.database;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.newsgraph.graphql.DeadlineJdbcTemplate;
import dev.newsgraph.graphql.GraphQlLimits;

/**
 * Runs a read again when its connection broke: the server it pointed at stopped, say a
 * standby. The pool's idle connections point at the same server, so they are dropped
 * first, and the new connection goes wherever the URL's hosts say (with
 * {@code targetServerType=preferSecondary}, another standby or the primary). A read in a
 * transaction is not run again: the transaction went with the connection.
 */
class FailoverJdbcTemplate extends DeadlineJdbcTemplate {

	private static final Logger logger = LoggerFactory.getLogger(FailoverJdbcTemplate.class);

	private final RetryTemplate retries;

	FailoverJdbcTemplate(DataSource dataSource, GraphQlLimits limits) {
		super(dataSource, limits);
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(2)
			.delay(Duration.ofMillis(50))
			.predicate(FailoverJdbcTemplate::connectionBroke)
			.build());
		this.retries.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> read) {
				logger.warn("A read's connection broke; dropping the pool's idle connections and reading again");
				if (dataSource instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
					hikari.getHikariPoolMXBean().softEvictConnections();
				}
			}
		});
	}

	/**
	 * Every query of JdbcClient and JdbcTemplate with a prepared statement comes here.
	 */
	@Override
	public <T> T query(PreparedStatementCreator statement, PreparedStatementSetter setter,
			ResultSetExtractor<T> extractor) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return super.query(statement, setter, extractor);
		}
		// outside a transaction pgJDBC reads the whole result before the extractor sees
		// a row, so a broken connection fails the statement before anything is handed on
		return this.retries.invoke(() -> super.query(statement, setter, extractor));
	}

	/**
	 * A statement on a live connection failed because the connection broke; a pool that
	 * gave no connection in time is not retried, its wait is already spent.
	 */
	private static boolean connectionBroke(Throwable failure) {
		return failure instanceof DataAccessResourceFailureException
				&& !(failure instanceof CannotGetJdbcConnectionException);
	}

}
