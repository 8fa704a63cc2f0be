package dev.newsgraph.graphql;

import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses a string argument that holds U+0000 before anything runs: a GraphQL string may
 * hold it, PostgreSQL's text may not, and the database's error would otherwise surface as
 * an internal one. First among the checks, so that such a request is not charged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TextArguments extends SimplePerformantInstrumentation {

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		for (ExecutableNormalizedField field : parameters.getExecutionContext()
			.getNormalizedQueryTree()
			.get()
			.getTopLevelFields()) {
			refuseNul(field);
		}
		return SimpleInstrumentationContext.noOp();
	}

	private static void refuseNul(ExecutableNormalizedField field) {
		for (Map.Entry<String, Object> argument : field.getResolvedArguments().entrySet()) {
			String path = withNul(argument.getKey(), argument.getValue());
			if (path != null) {
				throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
					.message("Argument '" + path + "' of " + field.getName()
							+ " holds the character U+0000, which no text here can hold; remove it")
					.errorType(ErrorType.BAD_REQUEST)
					.build()));
			}
		}
		for (ExecutableNormalizedField child : field.getChildren()) {
			refuseNul(child);
		}
	}

	/** The path to the first string under {@code value} that holds U+0000, or null. */
	private static String withNul(String path, Object value) {
		if (value instanceof String text) {
			return (text.indexOf('\0') >= 0) ? path : null;
		}
		if (value instanceof Map<?, ?> fields) {
			for (Map.Entry<?, ?> entry : fields.entrySet()) {
				String found = withNul(path + "." + entry.getKey(), entry.getValue());
				if (found != null) {
					return found;
				}
			}
		}
		if (value instanceof List<?> items) {
			for (Object item : items) {
				String found = withNul(path, item);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
