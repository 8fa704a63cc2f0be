package dev.newsgraph.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import dev.newsgraph.budget.ClientBudgets;
import dev.newsgraph.budget.GraphQlBudget;
import dev.newsgraph.graphql.RequestCostInstrumentation;

/**
 * Names the client of each request for its cost budget ({@link ClientBudgets}) and tells
 * the client where it stands: {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} on every answer, and 429 with {@code Retry-After} once the
 * budget is spent. The request is charged its cost by {@link RequestCostInstrumentation}
 * before it executes.
 */
@Component
class ClientBudgetInterceptor implements WebGraphQlInterceptor {

	private final GraphQlBudget budget;

	private final ClientBudgets budgets;

	private final MeterRegistry meters;

	ClientBudgetInterceptor(GraphQlBudget budget, ClientBudgets budgets, MeterRegistry meters) {
		this.budget = budget;
		this.budgets = budgets;
		this.meters = meters;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!this.budget.enabled()) {
			return chain.next(request);
		}
		ClientBudgets.Charge charge = new ClientBudgets.Charge(client(request));
		request.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(ClientBudgets.Charge.CONTEXT_KEY, charge)).build());
		return chain.next(request).map((response) -> {
			ConsumptionProbe probe = charge.probe();
			if (probe == null) {
				return response;
			}
			long resetSeconds = seconds(probe.getNanosToWaitForReset());
			if (!probe.isConsumed()) {
				this.meters.counter(RequestCostInstrumentation.REJECTED, "reason", "budget").increment();
				ErrorResponseException tooMany = new ErrorResponseException(HttpStatus.TOO_MANY_REQUESTS);
				tooMany.getHeaders()
					.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(probe.getNanosToWaitForRefill())));
				headers(tooMany.getHeaders(), probe, resetSeconds);
				throw tooMany;
			}
			headers(response.getResponseHeaders(), probe, resetSeconds);
			return response;
		});
	}

	private void headers(HttpHeaders headers, ConsumptionProbe probe, long resetSeconds) {
		headers.set("RateLimit-Limit", Long.toString(this.budget.capacity()));
		headers.set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
		headers.set("RateLimit-Reset", Long.toString(resetSeconds));
	}

	private static long seconds(long nanos) {
		return (nanos <= 0) ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos + 999_999_999L));
	}

	/**
	 * A known API key, else the remote address, else, behind a trusted proxy, the last
	 * address in {@code X-Forwarded-For} that is not a trusted proxy.
	 */
	private String client(WebGraphQlRequest request) {
		String key = request.getHeaders().getFirst(this.budget.apiKeyHeader());
		if (key != null && this.budget.apiKeys().contains(key)) {
			// the key itself is a secret: buckets are named by its digest
			return "key:" + PersistedQueries.sha256(key);
		}
		InetSocketAddress remote = request.getRemoteAddress();
		String address = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: "unknown";
		List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
		for (int i = forwarded.size() - 1; i >= 0 && this.budget.trustedProxies().contains(address); i--) {
			address = forwarded.get(i).strip();
		}
		return "address:" + address;
	}

}
