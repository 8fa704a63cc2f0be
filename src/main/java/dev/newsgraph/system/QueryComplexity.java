package dev.newsgraph.system;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost model for {@code newsgraph.graphql.max-complexity}: every field costs 1 plus
 * what it selects; a connection multiplies what it selects by its page size
 * ({@code first} or {@code last}, else the default page size); any other list multiplies
 * it by its {@code first} argument, else by {@value #LIST_FACTOR}.
 */
final class QueryComplexity implements FieldComplexityCalculator {

	static final int LIST_FACTOR = 10;

	private final int defaultPageSize;

	QueryComplexity(int defaultPageSize) {
		this.defaultPageSize = defaultPageSize;
	}

	@Override
	public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(environment.getFieldDefinition().getType());
		String parentType = environment.getParentType().getName();
		if (parentType.endsWith("Connection") || parentType.endsWith("Edge")) {
			// edges and nodes are the connection's page, already counted by the
			// connection
			return 1 + childComplexity;
		}
		if (GraphQLTypeUtil.simplePrint(type).endsWith("Connection")) {
			return 1 + pageSize(environment, this.defaultPageSize) * childComplexity;
		}
		if (type instanceof GraphQLList || type instanceof GraphQLNonNull) {
			return 1 + pageSize(environment, LIST_FACTOR) * childComplexity;
		}
		return 1 + childComplexity;
	}

	private static int pageSize(FieldComplexityEnvironment environment, int fallback) {
		Object size = (environment.getArguments().get("first") != null) ? environment.getArguments().get("first")
				: environment.getArguments().get("last");
		return (size instanceof Integer number) ? Math.max(number, 1) : fallback;
	}

}
