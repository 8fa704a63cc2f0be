package dev.newsgraph.person;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.organization.Organization;
import dev.newsgraph.paging.Batches;

/**
 * {@code Affiliation}: both ends, through the shared by-id DataLoaders, and
 * {@code Organization.people}.
 */
@Controller
class AffiliationController {

	private final PersonRepository people;

	AffiliationController(PersonRepository people) {
		this.people = people;
	}

	@BatchMapping(typeName = "Organization", field = "people")
	Map<Organization, List<Affiliation>> affiliationsOfOrganizations(List<Organization> organizations) {
		Map<Long, List<Affiliation>> affiliations = this.people
			.affiliationsByOrganization(organizations.stream().map(Organization::id).toList());
		return Batches.each(organizations, (organization) -> affiliations.getOrDefault(organization.id(), List.of()));
	}

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
