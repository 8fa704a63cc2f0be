package dev.newsgraph.graphql;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost model for {@code newsgraph.graphql.max-complexity}, computed on the operation
 * as graphql-java normalizes it with the request's actual variables (aliases apart,
 * fragments merged): every field costs 1 plus its weight (the schema's
 * {@code @cost(weight:)}, for fields that rank, count or aggregate) plus what it selects.
 * A connection's {@code nodes} and {@code edges} count once per row of its page
 * ({@code first} or {@code last}, else the default page size), its {@code totalCount} and
 * {@code pageInfo} once; any other list counts what it selects once per {@code first}
 * item, else {@value #LIST_FACTOR} times. The actual cost counts the rows the response
 * holds instead of the pages asked for.
 */
final class RequestCost {

	static final int LIST_FACTOR = 10;

	private final int defaultPageSize;

	RequestCost(int defaultPageSize) {
		this.defaultPageSize = defaultPageSize;
	}

	int of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		long total = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			total = saturated(total + cost(field, schema, false));
		}
		return (int) total;
	}

	/**
	 * What the request cost once it ran, as Shopify's {@code actualQueryCost}: the same
	 * model over the rows in {@code data} rather than the pages asked for, so never more
	 * than the requested cost. A field the response lacks (a type condition not met)
	 * costs nothing; one that is null cost its own lookup.
	 */
	int actual(ExecutableNormalizedOperation operation, GraphQLSchema schema, Object data, int requested) {
		return (int) Math.min(selected(operation.getTopLevelFields(), schema, data), requested);
	}

	private long selected(List<ExecutableNormalizedField> fields, GraphQLSchema schema, Object value) {
		if (!(value instanceof Map<?, ?> object)) {
			return 0;
		}
		long total = 0;
		for (ExecutableNormalizedField field : fields) {
			if (object.containsKey(field.getResultKey())) {
				total = saturated(total + actual(field, schema, object.get(field.getResultKey())));
			}
		}
		return total;
	}

	private long actual(ExecutableNormalizedField field, GraphQLSchema schema, Object value) {
		long total = 1 + weight(field.getFieldDefinitions(schema).get(0));
		List<?> rows = (value instanceof List<?> list) ? list : Collections.singletonList(value);
		for (Object row : rows) {
			total = saturated(total + selected(field.getChildren(), schema, row));
		}
		return total;
	}

	/**
	 * @param pageOfConnection whether the field is a connection's {@code nodes} or
	 * {@code edges}, which the connection already counts once per row
	 */
	private long cost(ExecutableNormalizedField field, GraphQLSchema schema, boolean pageOfConnection) {
		GraphQLFieldDefinition definition = field.getFieldDefinitions(schema).get(0);
		GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
		boolean connection = GraphQLTypeUtil.simplePrint(type).endsWith("Connection");
		long selected = 0;
		for (ExecutableNormalizedField child : field.getChildren()) {
			boolean perRow = connection && (child.getName().equals("nodes") || child.getName().equals("edges"));
			long cost = cost(child, schema, perRow);
			selected = saturated(selected + (perRow ? cost * pageSize(field, this.defaultPageSize) : cost));
		}
		if (!connection && !pageOfConnection && type instanceof GraphQLList) {
			selected = saturated(selected * pageSize(field, LIST_FACTOR));
		}
		return saturated(1 + weight(definition) + selected);
	}

	private static int weight(GraphQLFieldDefinition definition) {
		GraphQLAppliedDirective cost = definition.getAppliedDirective("cost");
		return (cost != null) ? cost.getArgument("weight").getValue() : 0;
	}

	private static int pageSize(ExecutableNormalizedField field, int fallback) {
		Object first = field.getResolvedArguments().get("first");
		Object size = (first != null) ? first : field.getResolvedArguments().get("last");
		return (size instanceof Integer number) ? Math.max(number, 1) : fallback;
	}

	/** Thousands of aliases of large pages must not wrap around to a small cost. */
	private static long saturated(long cost) {
		return Math.min(cost, Integer.MAX_VALUE);
	}

}
