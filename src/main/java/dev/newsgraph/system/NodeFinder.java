package dev.newsgraph.system;

import java.util.Optional;

/**
 * Finds nodes of one GraphQL type by row id, for {@code Query.node}. Each feature
 * provides one.
 */
public interface NodeFinder {

	/** The GraphQL type name. */
	String type();

	Optional<? extends Node> findNode(long id);

}
