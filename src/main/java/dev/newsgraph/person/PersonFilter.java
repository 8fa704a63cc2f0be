package dev.newsgraph.person;

/**
 * {@code PersonFilter}: all given conditions must hold.
 */
record PersonFilter(String name, String organization) {

	static final PersonFilter NONE = new PersonFilter(null, null);

}
