package dev.newsgraph.organization;

/**
 * {@code OrganizationFilter}: all given conditions must hold.
 */
record OrganizationFilter(String name, String kind) {

	static final OrganizationFilter NONE = new OrganizationFilter(null, null);

}
