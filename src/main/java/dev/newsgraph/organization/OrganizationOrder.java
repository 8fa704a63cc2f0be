package dev.newsgraph.organization;

/**
 * {@code OrganizationOrder}.
 */
record OrganizationOrder(Field field, Direction direction) {

	static final OrganizationOrder DEFAULT = new OrganizationOrder(Field.NAME, Direction.ASC);

	enum Field {

		NAME, MENTION_COUNT

	}

	enum Direction {

		ASC, DESC

	}

}
