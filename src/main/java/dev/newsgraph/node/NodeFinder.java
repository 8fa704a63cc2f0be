package dev.newsgraph.node;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds nodes of one GraphQL type by row id, for {@code Query.node}. Each feature's
 * repository is one.
 */
public interface NodeFinder {

	/** The GraphQL type name. */
	String type();

	Map<Long, ? extends Node> findByIds(Collection<Long> ids);

	default Optional<? extends Node> findNode(long id) {
		return Optional.ofNullable(findByIds(List.of(id)).get(id));
	}

}
