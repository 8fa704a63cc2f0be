package dev.newsgraph.organization;

/**
 * An organization that appears in the same articles as another.
 *
 * @param organizationId the other organization
 * @param articleCount articles that mention both
 */
record CoMention(long organizationId, int articleCount) {

}
