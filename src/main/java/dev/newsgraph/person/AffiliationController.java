package dev.newsgraph.person;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.organization.Organization;

/**
 * {@code Affiliation}: both ends, through the shared by-id DataLoaders.
 */
@Controller
class AffiliationController {

	@SchemaMapping(typeName = "Affiliation")
	CompletableFuture<Person> person(Affiliation affiliation, DataLoader<Long, Person> people) {
		return people.load(affiliation.personId());
	}

	@SchemaMapping(typeName = "Affiliation")
	CompletableFuture<Organization> organization(Affiliation affiliation,
			DataLoader<Long, Organization> organizations) {
		return organizations.load(affiliation.organizationId());
	}

}
