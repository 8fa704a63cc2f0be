package dev.newsgraph.quote;

import dev.newsgraph.node.Node;

/**
 * A row of {@code quotes}; {@code start} and {@code end} are code point offsets in its
 * article's body.
 */
public record Quote(long id, long articleId, int start, int end, String text, Long speakerId, Long organizationId,
		String role, String context) implements Node {

}
