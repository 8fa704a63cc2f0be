package dev.newsgraph.graphql;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.postgresql.jdbc.PgStatement;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link JdbcTemplate} that holds every statement to its request's deadline
 * ({@link RequestDeadline}): the statement gets the time left as its query timeout, which
 * pgjdbc enforces by cancelling it in PostgreSQL; once the deadline has passed, no
 * statement starts.
 */
public class DeadlineJdbcTemplate extends JdbcTemplate {

	private final long statementTimeoutMillis;

	public DeadlineJdbcTemplate(DataSource dataSource, GraphQlLimits limits) {
		super(dataSource);
		this.statementTimeoutMillis = limits.statementTimeout().toMillis();
	}

	@Override
	protected void applyStatementSettings(Statement statement) throws SQLException {
		super.applyStatementSettings(statement);
		Instant deadline = RequestDeadline.current();
		if (deadline == null) {
			return;
		}
		long left = Duration.between(Instant.now(), deadline).toMillis();
		if (left <= 0) {
			throw new DeadlineExceededException();
		}
		if (left < this.statementTimeoutMillis) {
			// pgjdbc schedules a cancel timer per statement: only worth it when the
			// deadline comes before the server's own statement timeout
			statement.unwrap(PgStatement.class).setQueryTimeoutMs(left);
		}
	}

	/** The request's deadline passed before the statement could start. */
	static final class DeadlineExceededException extends QueryTimeoutException {

		DeadlineExceededException() {
			super("The request deadline passed");
		}

	}

}
