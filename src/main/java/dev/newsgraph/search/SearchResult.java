package dev.newsgraph.search;

/**
 * One search hit.
 *
 * @param type GraphQL type of what was found
 * @param id its row id
 * @param rank relevance, higher is better
 * @param highlight snippet with matches in {@code <mark>}, HTML-escaped
 */
record SearchResult(String type, long id, double rank, String highlight) {

	SearchResult withHighlight(String highlight) {
		return new SearchResult(this.type, this.id, this.rank, highlight);
	}

}
