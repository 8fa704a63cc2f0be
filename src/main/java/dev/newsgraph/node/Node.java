package dev.newsgraph.node;

/**
 * A row served as a GraphQL {@code Node}: its global id comes from its type and row id.
 */
public interface Node {

	long id();

	default String globalId() {
		return new GlobalId(getClass().getSimpleName(), id()).encode();
	}

}
