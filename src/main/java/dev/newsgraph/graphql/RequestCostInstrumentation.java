package dev.newsgraph.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.normalized.ExecutableNormalizedOperation;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.graphql.execution.ErrorType;
import dev.newsgraph.budget.ClientBudgets;

/**
 * Costs every operation before it runs ({@link RequestCost}), with its actual variables,
 * whichever way its document arrived (text, GET, automatic persisted query, allow-list):
 * an operation over {@code newsgraph.graphql.max-complexity} is refused with an error
 * that states its cost and the limit, and every executed response tells its cost in
 * {@code extensions.cost} (requested, and actual: what the rows it got cost), as
 * Shopify's and GitHub's APIs do. The client's budget ({@link ClientBudgets}) is charged
 * the requested cost here, before execution, as GitHub does: a client can work it out in
 * advance, and nothing is refunded.
 */
public class RequestCostInstrumentation extends SimplePerformantInstrumentation {

	/** The counter of refused requests, by reason (cost, budget). */
	public static final String REJECTED = "newsgraph.requests.rejected";

	private final RequestCost cost;

	private final int limit;

	private final ClientBudgets budgets;

	private final Counter overLimit;

	RequestCostInstrumentation(RequestCost cost, int limit, ClientBudgets budgets, MeterRegistry meters) {
		this.cost = cost;
		this.limit = limit;
		this.budgets = budgets;
		this.overLimit = meters.counter(REJECTED, "reason", "cost");
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Cost());
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		ExecutableNormalizedOperation operation = context.getNormalizedQueryTree().get();
		int requested = this.cost.of(operation, context.getGraphQLSchema());
		((Cost) state).requested = requested;
		((Cost) state).operation = operation;
		if (requested > this.limit) {
			this.overLimit.increment();
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.message("Query cost " + requested + " exceeds the limit of " + this.limit
						+ " (newsgraph.graphql.max-complexity); ask for smaller pages or fewer fields")
				.errorType(ErrorType.BAD_REQUEST)
				.extensions(Map.of("cost", Map.of("requested", requested, "limit", this.limit)))
				.build()));
		}
		ClientBudgets.Charge charge = context.getGraphQLContext().get(ClientBudgets.Charge.CONTEXT_KEY);
		if (charge != null) {
			ConsumptionProbe probe = this.budgets.charge(charge, requested);
			((Cost) state).remaining = (probe != null) ? probe.getRemainingTokens() : -1;
			if (probe != null && !probe.isConsumed()) {
				throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
					.message("This client's cost budget is spent: the request costs " + requested + " points and "
							+ probe.getRemainingTokens() + " remain (newsgraph.graphql.budget)")
					.errorType(NewsgraphErrorType.RATE_LIMITED)
					.build()));
			}
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		int requested = ((Cost) state).requested;
		if (requested < 0) {
			// not executed: the document did not parse or validate
			return CompletableFuture.completedFuture(result);
		}
		Map<String, Object> cost = new LinkedHashMap<>();
		cost.put("requested", requested);
		cost.put("actual",
				this.cost.actual(((Cost) state).operation, parameters.getSchema(), result.getData(), requested));
		cost.put("limit", this.limit);
		long remaining = ((Cost) state).remaining;
		if (remaining >= 0) {
			cost.put("remainingBudget", remaining);
		}
		return CompletableFuture.completedFuture(result.transform((builder) -> builder.addExtension("cost", cost)));
	}

	/** The cost of one request, once known. */
	private static final class Cost implements InstrumentationState {

		private volatile int requested = -1;

		private volatile ExecutableNormalizedOperation operation;

		private volatile long remaining = -1;

	}

}
