package dev.newsgraph.organization;

import dev.newsgraph.node.Node;

/**
 * A row of {@code organizations}.
 */
public record Organization(long id, String slug, String name, String kind, String country, String wikidataId,
		String description, Long parentId, int mentionCount) implements Node {

}
