package dev.newsgraph.graphql;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import dev.newsgraph.budget.ClientBudgets;

/**
 * Query depth and cost limits, as graphql-java instrumentations. (The request body limit
 * is a servlet filter, in {@code http}.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlLimitsConfiguration {

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimits limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return limitExceeded("Query depth " + depth + " exceeds the limit of " + maxDepth
						+ " (newsgraph.graphql.max-depth)");
			}
		};
	}

	@Bean
	RequestCostInstrumentation requestCost(GraphQlLimits limits, ClientBudgets budgets, MeterRegistry meters) {
		return new RequestCostInstrumentation(new RequestCost(limits.defaultPageSize()), limits.maxComplexity(),
				budgets, meters);
	}

	private static AbortExecutionException limitExceeded(String message) {
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).build()));
	}

}
