package dev.newsgraph.organization;

import java.util.List;

/**
 * An organization as mentioned in one article.
 *
 * @param organizationId the organization
 * @param count how many times
 * @param spans where, in order
 */
record OrganizationMention(long organizationId, int count, List<Span> spans) {

	OrganizationMention(long organizationId, List<Span> spans) {
		this(organizationId, spans.size(), spans);
	}

	/**
	 * A stretch of an article body, in code points.
	 */
	record Span(int start, int end, String text) {
	}

}
