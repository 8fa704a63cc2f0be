package dev.newsgraph.person;

/**
 * A row of {@code affiliations}: a person's tie to an organization.
 */
public record Affiliation(long personId, long organizationId, String role) {

}
