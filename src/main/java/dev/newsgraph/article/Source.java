package dev.newsgraph.article;

import dev.newsgraph.node.Node;

/**
 * A row of {@code sources}: a publisher.
 */
public record Source(long id, String slug, String name, String url) implements Node {

}
