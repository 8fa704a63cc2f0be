package dev.newsgraph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsgraph.seed.CuratedDataset.AffiliationRow;
import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.SourceRow;

/**
 * Validates the three registries that articles refer to, {@value #SOURCES},
 * {@value #ORGANIZATIONS} and {@value #PEOPLE}, into rows: slugs, required fields,
 * formats, aliases owned once, parents that exist and lead nowhere circular, and
 * affiliations with known organizations.
 */
final class Registries {

	static final String SOURCES = "sources.yaml";

	static final String ORGANIZATIONS = "organizations.yaml";

	static final String PEOPLE = "people.yaml";

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

	private static final Set<String> KINDS = Set.of("COMPANY", "DIVISION", "JOINT_VENTURE", "BRAND", "GOVERNMENT",
			"MEDIA", "OTHER");

	private final SeedProblems problems;

	Registries(SeedProblems problems) {
		this.problems = problems;
	}

	List<SourceRow> sources(SeedFiles.Sources file) {
		List<SourceRow> sources = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located<SeedFiles.Source> entry : listOf((file != null) ? file.sources() : null)) {
			SeedFiles.Source source = entry.value();
			if (this.problems.checkSlug(SOURCES, entry.line(), "source", source.slug(), seen)
					& this.problems.require(SOURCES, entry.line(), "source " + source.slug(), "name", source.name())) {
				sources.add(new SourceRow(source.slug(), source.name(), source.url()));
			}
		}
		return sources;
	}

	List<OrganizationRow> organizations(SeedFiles.Organizations file) {
		List<Located<SeedFiles.Organization>> entries = listOf((file != null) ? file.organizations() : null);
		Set<String> slugs = new HashSet<>();
		Map<String, String> organizationByAlias = new HashMap<>();
		List<OrganizationRow> organizations = new ArrayList<>();
		for (Located<SeedFiles.Organization> entry : entries) {
			SeedFiles.Organization organization = entry.value();
			int line = entry.line();
			String what = "organization " + organization.slug();
			boolean valid = this.problems.checkSlug(ORGANIZATIONS, line, "organization", organization.slug(), slugs)
					& this.problems.require(ORGANIZATIONS, line, what, "name", organization.name())
					& this.problems.require(ORGANIZATIONS, line, what, "kind", organization.kind());
			if (organization.kind() != null && !KINDS.contains(organization.kind())) {
				valid = this.problems.problem(ORGANIZATIONS, line, what + ": unknown kind '" + organization.kind()
						+ "' (expected one of " + String.join(", ", KINDS.stream().sorted().toList()) + ")");
			}
			valid &= this.problems.matches(ORGANIZATIONS, line, what, "country", organization.country(), COUNTRY,
					"a two-letter ISO 3166 code");
			valid &= this.problems.matches(ORGANIZATIONS, line, what, "wikidataId", organization.wikidataId(),
					WIKIDATA_ID, "Q followed by digits");
			List<String> aliases = listOf(organization.aliases()).isEmpty() ? listOf(List.of(organization.name()))
					: organization.aliases();
			for (String alias : aliases) {
				String owner = organizationByAlias.putIfAbsent(alias, organization.slug());
				if (owner != null && !owner.equals(organization.slug())) {
					valid = this.problems.problem(ORGANIZATIONS, line,
							what + ": alias '" + alias + "' is already an alias of " + owner);
				}
			}
			if (valid) {
				organizations.add(new OrganizationRow(organization.slug(), organization.name(), List.copyOf(aliases),
						organization.kind(), organization.parent(), organization.country(), organization.wikidataId(),
						organization.description()));
			}
		}
		Map<String, String> parents = new HashMap<>();
		entries.forEach((entry) -> {
			if (entry.value().slug() != null && entry.value().parent() != null) {
				parents.put(entry.value().slug(), entry.value().parent());
			}
		});
		for (Located<SeedFiles.Organization> entry : entries) {
			String parent = entry.value().parent();
			if (parent != null && !slugs.contains(parent)) {
				this.problems.problem(ORGANIZATIONS, entry.line(),
						"organization " + entry.value().slug() + ": unknown parent organization '" + parent + "'");
			}
			else if (parent != null && hasParentCycle(entry.value().slug(), parents)) {
				this.problems.problem(ORGANIZATIONS, entry.line(),
						"organization " + entry.value().slug() + ": its parents lead back to itself");
			}
		}
		return organizations;
	}

	private static boolean hasParentCycle(String slug, Map<String, String> parents) {
		Set<String> visited = new HashSet<>();
		for (String at = parents.get(slug); at != null; at = parents.get(at)) {
			if (at.equals(slug) || !visited.add(at)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param organizations the known organizations' slugs, or null when their file could
	 * not be read (then every affiliation would look unknown, and that file's own problem
	 * is the one reported)
	 */
	List<PersonRow> people(SeedFiles.People file, Set<String> organizations) {
		List<PersonRow> people = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located<SeedFiles.Person> entry : listOf((file != null) ? file.people() : null)) {
			SeedFiles.Person person = entry.value();
			String what = "person " + person.slug();
			boolean valid = this.problems.checkSlug(PEOPLE, entry.line(), "person", person.slug(), seen)
					& this.problems.require(PEOPLE, entry.line(), what, "name", person.name())
					& this.problems.matches(PEOPLE, entry.line(), what, "wikidataId", person.wikidataId(), WIKIDATA_ID,
							"Q followed by digits");
			List<AffiliationRow> affiliations = new ArrayList<>();
			for (Located<SeedFiles.Affiliation> affiliation : listOf(person.affiliations())) {
				if (organizations != null && !organizations.contains(affiliation.value().organization())) {
					valid = this.problems.problem(PEOPLE, affiliation.line(), what
							+ ": affiliation with unknown organization '" + affiliation.value().organization() + "'");
				}
				affiliations.add(new AffiliationRow(affiliation.value().organization(), affiliation.value().role()));
			}
			if (valid) {
				people.add(new PersonRow(person.slug(), person.name(), person.wikidataId(), affiliations));
			}
		}
		return people;
	}

	/** The non-null entries of a YAML list, which may itself be absent. */
	static <T> List<T> listOf(List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
