package dev.newsgraph.paging;

/**
 * The key of a nested connection's DataLoader: whose page, which page, and whether its
 * total is wanted.
 *
 * @param parent the parent's row id
 * @param page the paging arguments
 * @param withTotal whether {@code totalCount} was selected
 */
public record ParentPage(long parent, Page page, boolean withTotal) {

}
