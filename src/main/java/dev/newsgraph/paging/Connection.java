package dev.newsgraph.paging;

import java.util.List;

/**
 * A Relay connection: one page of nodes with their cursors, and the total across all
 * pages.
 *
 * @param edges the page, in order
 * @param pageInfo where the page stands
 * @param totalCount nodes across all pages, or -1 where it was not asked for
 * @param totalCountIsExact false when the count stopped at
 * {@code newsgraph.graphql.count-limit}
 * @param <T> node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount, boolean totalCountIsExact) {

	/** No rows: what a filter naming something that does not exist matches. */
	public static <T> Connection<T> empty() {
		return new Connection<>(List.of(), new PageInfo(false, false, null, null), 0, true);
	}

	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
