package dev.newsgraph.graphql;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.introspection.IntrospectionDataFetcher;
import graphql.language.Directive;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLDirective;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * graphql-java declares {@code @defer} and {@code @experimental_disableErrorPropagation}
 * in every schema, but this API answers every request whole and propagates errors as the
 * GraphQL specification says. So they are left out of introspection (and of the SDL,
 * {@link #DIRECTIVES}), and a document that uses one is refused with a message that says
 * so, rather than answered as if the directive were not there.
 */
@Component
public class UnsupportedDirectives extends SimplePerformantInstrumentation {

	/** The directives the engine declares and this API does not honour. */
	public static final Set<String> DIRECTIVES = Set.of("defer", "experimental_disableErrorPropagation");

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		String used = firstUsed(parameters.getExecutionContext().getDocument());
		if (used != null) {
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.message("The @" + used + " directive is not supported: every answer is delivered whole; "
						+ "send the operation without it")
				.errorType(ErrorType.BAD_REQUEST)
				.build()));
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	@SuppressWarnings("unchecked")
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		// an instanceof first: every field passes here, and its step info is built lazily
		if (!(dataFetcher instanceof IntrospectionDataFetcher)) {
			return dataFetcher;
		}
		var step = parameters.getExecutionStepInfo();
		if (!"directives".equals(step.getFieldDefinition().getName())
				|| !"__Schema".equals(step.getObjectType().getName())) {
			return dataFetcher;
		}
		return (environment) -> ((List<GraphQLDirective>) dataFetcher.get(environment)).stream()
			.filter((directive) -> !DIRECTIVES.contains(directive.getName()))
			.toList();
	}

	private static String firstUsed(Node<?> document) {
		AtomicReference<String> used = new AtomicReference<>();
		new NodeTraverser().depthFirst(new NodeVisitorStub() {
			@Override
			public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
				if (DIRECTIVES.contains(node.getName())) {
					used.compareAndSet(null, node.getName());
					return TraversalControl.QUIT;
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		return used.get();
	}

}
