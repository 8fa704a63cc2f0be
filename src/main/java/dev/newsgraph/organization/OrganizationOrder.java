package dev.newsgraph.organization;

import dev.newsgraph.paging.OrderDirection;

/**
 * {@code OrganizationOrder}.
 */
record OrganizationOrder(Field field, OrderDirection direction) {

	static final OrganizationOrder DEFAULT = new OrganizationOrder(Field.NAME, OrderDirection.ASC);

	enum Field {

		NAME, MENTION_COUNT

	}

}
