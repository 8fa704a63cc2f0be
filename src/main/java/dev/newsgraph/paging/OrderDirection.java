package dev.newsgraph.paging;

/**
 * {@code OrderDirection}: the direction of any ordering argument.
 */
public enum OrderDirection {

	ASC, DESC

}
