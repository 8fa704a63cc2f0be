package dev.newsgraph.person;

import dev.newsgraph.node.Node;

/**
 * A row of {@code people}.
 */
public record Person(long id, String slug, String name, String wikidataId) implements Node {

}
