package dev.newsgraph.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every request a deadline ({@code newsgraph.graphql.request-timeout}). The
 * resolvers run on the request's thread, so the deadline is kept there while the request
 * executes; {@link DeadlineJdbcTemplate} gives each statement only the time left and
 * cancels it in PostgreSQL when it runs out. A single statement is still bounded by the
 * statement timeout; the deadline bounds what many of them add up to (aliases of the same
 * costly field).
 */
@Component
class RequestDeadline implements WebGraphQlInterceptor {

	/** The key of the deadline in the GraphQL context, for the error it causes. */
	static final String CONTEXT_KEY = "newsgraph.deadline";

	private static final ThreadLocal<Instant> current = new ThreadLocal<>();

	private final Duration timeout;

	RequestDeadline(GraphQlLimits limits) {
		this.timeout = limits.requestTimeout();
	}

	/** The deadline of the request this thread is executing, or null. */
	static Instant current() {
		return current.get();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Instant deadline = Instant.now().plus(this.timeout);
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, deadline)).build());
		return Mono.defer(() -> {
			current.set(deadline);
			try {
				// executes here, on this thread, while the deadline is set
				return Mono.justOrEmpty(chain.next(request).block());
			}
			finally {
				current.remove();
			}
		});
	}

}
