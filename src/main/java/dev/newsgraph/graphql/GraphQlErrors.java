package dev.newsgraph.graphql;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions from data fetchers into GraphQL errors: a client's mistake is shown as
 * is (a cursor from a reloaded dataset as {@code STALE_CURSOR}); a statement timeout
 * names the limit, and so does a request's deadline, both as a server timeout
 * ({@code TIMEOUT}); a database that went away is {@code UNAVAILABLE}; anything else is
 * masked, with a reference that the log carries next to the stack trace.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrors.class);

	/** The counter of fields that timed out, by limit (deadline, statement). */
	static final String TIMEOUTS = "newsgraph.fields.timed.out";

	private final GraphQlLimits limits;

	private final Counter deadlineTimeouts;

	private final Counter statementTimeouts;

	GraphQlErrors(GraphQlLimits limits, MeterRegistry meters) {
		this.limits = limits;
		this.deadlineTimeouts = meters.counter(TIMEOUTS, "limit", "deadline");
		this.statementTimeouts = meters.counter(TIMEOUTS, "limit", "statement");
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof BadRequestException) {
			return error(environment, ErrorType.BAD_REQUEST, ex.getMessage()).build();
		}
		if (ex instanceof StaleCursorException) {
			return error(environment, NewsgraphErrorType.STALE_CURSOR, ex.getMessage()).build();
		}
		if (ex instanceof QueryTimeoutException && deadlinePassed(environment)) {
			this.deadlineTimeouts.increment();
			return error(environment, NewsgraphErrorType.TIMEOUT,
					"The request's deadline of " + this.limits.requestTimeout().toMillis()
							+ " ms (newsgraph.graphql.request-timeout) passed before this field was resolved")
				.build();
		}
		if (ex instanceof QueryTimeoutException) {
			// the server's failure, not the client's: the same request may well pass
			// later
			this.statementTimeouts.increment();
			logger.warn("Statement timeout at {}", environment.getExecutionStepInfo().getPath());
			return error(environment, NewsgraphErrorType.TIMEOUT,
					"The database did not answer this field within the statement timeout of "
							+ this.limits.statementTimeout().toMillis()
							+ " ms (newsgraph.graphql.statement-timeout); the server was too slow, try again later")
				.build();
		}
		if (ex instanceof ConcurrencyFailureException) {
			// the API never writes: a standby cancelled the read to apply the primary's
			// changes, and reading again did not get past them
			logger.warn("Read cancelled at {}: {}", environment.getExecutionStepInfo().getPath(), ex.getMessage());
			return error(environment, NewsgraphErrorType.UNAVAILABLE,
					"The database replica is applying a reload and cancelled this read; try again shortly")
				.build();
		}
		if (ex instanceof DataAccessResourceFailureException) {
			logger.warn("Database unavailable at {}: {}", environment.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return error(environment, NewsgraphErrorType.UNAVAILABLE, "The database is unavailable; try again shortly")
				.build();
		}
		String reference = UUID.randomUUID().toString();
		logger.error("Internal error {} at {}", reference, environment.getExecutionStepInfo().getPath(), ex);
		return error(environment, ErrorType.INTERNAL_ERROR, "Internal error; reference " + reference)
			.extensions(Map.of("errorId", reference))
			.build();
	}

	private static boolean deadlinePassed(DataFetchingEnvironment environment) {
		Instant deadline = environment.getGraphQlContext().get(RequestDeadline.CONTEXT_KEY);
		return deadline != null && !Instant.now().isBefore(deadline);
	}

	private static GraphqlErrorBuilder<?> error(DataFetchingEnvironment environment, ErrorClassification type,
			String message) {
		return GraphqlErrorBuilder.newError(environment).errorType(type).message(message);
	}

}
