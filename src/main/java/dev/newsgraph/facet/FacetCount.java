package dev.newsgraph.facet;

/**
 * {@code OrganizationCount}, {@code PersonCount} and {@code SourceCount}: a value of a
 * facet and how many articles or quotes have it.
 *
 * @param id the organization's, person's or source's row id
 */
public record FacetCount(long id, int count) {
}
