package dev.newsgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.SourceRow;

/**
 * Writes the shared files (sources, organizations with their aliases, people with their
 * affiliations) by upserting on their slugs, so that their rows keep their ids, inside a
 * load's transaction.
 */
final class RegistryWriter {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	RegistryWriter(SeedDatabase database) {
		this.jdbc = database.jdbc();
		this.batch = database.template();
	}

	/**
	 * The ids of what was written, by slug.
	 */
	record Ids(Map<String, Long> sources, Map<String, Long> organizations, Map<String, Long> people) {
	}

	/** Upserts every row the reader's shared files hold. */
	Ids write(SeedFolderReader reader) {
		writeSources(reader.sources());
		Map<String, Long> organizations = writeOrganizations(reader.organizations());
		Map<String, Long> people = writePeople(reader.people(), organizations);
		return new Ids(ids("sources"), organizations, people);
	}

	/** Deletes the rows the reader's shared files no longer hold. */
	void deleteRemoved(SeedFolderReader reader) {
		deleteSlugsNotIn("people", reader.people().stream().map(PersonRow::slug).toList());
		deleteSlugsNotIn("organizations", reader.organizations().stream().map(OrganizationRow::slug).toList());
		deleteSlugsNotIn("sources", reader.sources().stream().map(SourceRow::slug).toList());
	}

	private void writeSources(List<SourceRow> rows) {
		batch("""
				insert into sources (slug, name, url) values (:slug, :name, :url)
				on conflict (slug) do update set name = excluded.name, url = excluded.url
				""", rows,
				(source) -> params().addValue("slug", source.slug())
					.addValue("name", source.name())
					.addValue("url", source.url()));
	}

	private Map<String, Long> writeOrganizations(List<OrganizationRow> rows) {
		batch("""
				insert into organizations (slug, name, kind, country, wikidata_id, description)
				values (:slug, :name, :kind, :country, :wikidataId, :description)
				on conflict (slug) do update set name = excluded.name, kind = excluded.kind,
				    country = excluded.country, wikidata_id = excluded.wikidata_id, description = excluded.description
				""", rows,
				(organization) -> params().addValue("slug", organization.slug())
					.addValue("name", organization.name())
					.addValue("kind", organization.kind())
					.addValue("country", organization.country())
					.addValue("wikidataId", organization.wikidataId())
					.addValue("description", organization.description()));
		batch("""
				update organizations set parent_id = (select p.id from organizations p where p.slug = :parent)
				where slug = :slug
				""", rows, (organization) -> params().addValue("slug", organization.slug())
			.addValue("parent", organization.parentSlug()));
		Map<String, Long> ids = ids("organizations");
		this.jdbc.sql("delete from organization_aliases").update();
		List<SqlParameterSource> aliases = new ArrayList<>();
		for (OrganizationRow organization : rows) {
			for (int i = 0; i < organization.aliases().size(); i++) {
				aliases.add(params().addValue("organization", ids.get(organization.slug()))
					.addValue("alias", organization.aliases().get(i))
					.addValue("position", i));
			}
		}
		batch("""
				insert into organization_aliases (organization_id, alias, position)
				values (:organization, :alias, :position)
				""", aliases);
		return ids;
	}

	private Map<String, Long> writePeople(List<PersonRow> rows, Map<String, Long> organizations) {
		batch("""
				insert into people (slug, name, wikidata_id) values (:slug, :name, :wikidataId)
				on conflict (slug) do update set name = excluded.name, wikidata_id = excluded.wikidata_id
				""", rows,
				(person) -> params().addValue("slug", person.slug())
					.addValue("name", person.name())
					.addValue("wikidataId", person.wikidataId()));
		Map<String, Long> ids = ids("people");
		List<Long> personIds = new ArrayList<>();
		List<Long> organizationIds = new ArrayList<>();
		List<String> roles = new ArrayList<>();
		List<SqlParameterSource> affiliations = new ArrayList<>();
		rows.forEach((person) -> person.affiliations().forEach((affiliation) -> {
			personIds.add(ids.get(person.slug()));
			organizationIds.add(organizations.get(affiliation.organizationSlug()));
			roles.add(affiliation.role());
			affiliations.add(params().addValue("person", ids.get(person.slug()))
				.addValue("organization", organizations.get(affiliation.organizationSlug()))
				.addValue("role", affiliation.role()));
		}));
		batch("""
				insert into affiliations (person_id, organization_id, role) values (:person, :organization, :role)
				on conflict (person_id, organization_id, role) do nothing
				""", affiliations);
		this.jdbc.sql("""
				delete from affiliations a
				where not exists (select 1 from unnest(:people::bigint[], :organizations::bigint[], :roles::text[])
				                      as k(person_id, organization_id, role)
				                  where k.person_id = a.person_id and k.organization_id = a.organization_id
				                    and k.role is not distinct from a.role)
				""")
			.param("people", personIds.toArray(Long[]::new))
			.param("organizations", organizationIds.toArray(Long[]::new))
			.param("roles", roles.toArray(String[]::new))
			.update();
		return ids;
	}

	private void deleteSlugsNotIn(String table, List<String> slugs) {
		this.jdbc.sql("delete from " + table + " where slug <> all(:slugs::text[])")
			.param("slugs", slugs.toArray(String[]::new))
			.update();
	}

	private Map<String, Long> ids(String table) {
		return this.jdbc.sql("select slug, id from " + table)
			.query((rs, rowNum) -> Map.entry(rs.getString("slug"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> params) {
		batch(sql, rows.stream().map(params).toList());
	}

	private void batch(String sql, List<SqlParameterSource> params) {
		if (!params.isEmpty()) {
			this.batch.batchUpdate(sql, params.toArray(SqlParameterSource[]::new));
		}
	}

	private static MapSqlParameterSource params() {
		return new MapSqlParameterSource();
	}

}
