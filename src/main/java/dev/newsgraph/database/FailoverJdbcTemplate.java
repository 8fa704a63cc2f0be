package dev.newsgraph.database;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.newsgraph.graphql.DeadlineJdbcTemplate;
import dev.newsgraph.graphql.GraphQlLimits;

/**
 * Runs a read again when its server let it down: the connection broke (the server it
 * pointed at stopped, say a standby), or a standby cancelled the read to replay the
 * primary's changes (a conflict with recovery). Hikari drops a broken connection, and the
 * new one goes wherever the URL's hosts say (with
 * {@code targetServerType=preferSecondary}, another standby or the primary). Nothing else
 * is run again: a statement's mistake, a server out of memory or disk, a pool that gave
 * no connection in time (its wait is spent), or a read in a transaction (the transaction
 * went with the connection).
 */
class FailoverJdbcTemplate extends DeadlineJdbcTemplate {

	private static final Logger logger = LoggerFactory.getLogger(FailoverJdbcTemplate.class);

	/**
	 * SQLSTATEs of a server that went away (class 08, and shutdowns) or of a standby's
	 * conflict with recovery: the API never writes, so a serialization failure is one.
	 */
	private static final Set<String> SERVER_LET_IT_DOWN = Set.of("57P01", "57P02", "57P03", "40001");

	private final RetryTemplate retries;

	FailoverJdbcTemplate(DataSource dataSource, GraphQlLimits limits) {
		super(dataSource, limits);
		this.retries = new RetryTemplate(RetryPolicy.builder()
			.maxRetries(2)
			.delay(Duration.ofMillis(50))
			.predicate(FailoverJdbcTemplate::serverLetItDown)
			.build());
		this.retries.setRetryListener(new RetryListener() {
			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> read, RetryState state) {
				logger.warn("Reading again: {}", state.getLastException().getMessage());
			}
		});
	}

	/**
	 * Where JdbcClient's {@code list}, {@code single}, {@code optional} and row callbacks
	 * end; {@code stream()} and a JdbcClient with its own fetch size or timeout do not
	 * come here (the API uses neither).
	 */
	@Override
	public <T> T query(PreparedStatementCreator statement, PreparedStatementSetter setter,
			ResultSetExtractor<T> extractor) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return super.query(statement, setter, extractor);
		}
		// outside a transaction pgJDBC reads the whole result before the extractor sees
		// a row, so a failed statement has handed nothing on
		return this.retries.invoke(() -> super.query(statement, setter, extractor));
	}

	private static boolean serverLetItDown(Throwable failure) {
		if (failure instanceof CannotGetJdbcConnectionException || !(failure.getCause() instanceof SQLException cause)
				|| cause.getSQLState() == null) {
			return false;
		}
		return cause.getSQLState().startsWith("08") || SERVER_LET_IT_DOWN.contains(cause.getSQLState());
	}

}
