package dev.newsgraph.person;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.dataset.DatasetTotals;
import dev.newsgraph.paging.Keyset;
import dev.newsgraph.paging.KeysetPager;
import dev.newsgraph.fulltext.NameMatch;
import dev.newsgraph.node.NodeFinder;
import dev.newsgraph.node.RowLookup;
import dev.newsgraph.paging.Page;

/**
 * Reads people and affiliations.
 */
@Repository
public class PersonRepository implements NodeFinder {

	private static final String COLUMNS = "p.id, p.slug, p.name, p.wikidata_id";

	// by column name: DataClassRowMapper's misses on camelCase names each cost an
	// exception
	private static final RowMapper<Person> ROW = (rs, row) -> new Person(rs.getLong("id"), rs.getString("slug"),
			rs.getString("name"), rs.getString("wikidata_id"));

	private static final RowMapper<Affiliation> AFFILIATION = (rs, row) -> new Affiliation(rs.getLong("person_id"),
			rs.getLong("organization_id"), rs.getString("role"));

	private static final Keyset BY_NAME = Keyset.of("name", false, new Keyset.Key("p.name collate catalogue", "text"),
			new Keyset.Key("p.id", "bigint"));

	/** The name matches {@code :name} ({@link NameMatch}). */
	public static final String NAME_MATCHES = "p.id in (" + NameMatch.ids("person_name_words", "person_id") + ")";

	private final JdbcClient jdbc;

	private final RowLookup<Person> lookup;

	private final KeysetPager pager;

	private final DatasetTotals totals;

	PersonRepository(JdbcClient jdbc, KeysetPager pager, DatasetTotals totals) {
		this.jdbc = jdbc;
		this.lookup = new RowLookup<>(jdbc, "people p", COLUMNS, ROW, Person::id);
		this.pager = pager;
		this.totals = totals;
	}

	@Override
	public String type() {
		return "Person";
	}

	Optional<Person> findBySlug(String slug) {
		return this.lookup.bySlug(slug);
	}

	@Override
	public Map<Long, Person> findByIds(Collection<Long> ids) {
		return this.lookup.byIds(ids);
	}

	/** The people quoted or named in each article, by name. */
	public Map<Long, List<Person>> findByArticles(Collection<Long> articleIds) {
		Map<Long, List<Person>> people = new LinkedHashMap<>();
		this.jdbc.sql("select ap.article_id, " + COLUMNS + """
				 from article_people ap join people p on p.id = ap.person_id
				where ap.article_id = any(:ids) order by ap.article_id, p.name, p.id
				""").param("ids", articleIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			people.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
				.add(ROW.mapRow(rs, rs.getRow()));
		});
		return people;
	}

	Connection<Person> page(PersonFilter filter, Page page, boolean withTotal) {
		KeysetPager.Query query = KeysetPager.Query.of("Query.people" + filter, COLUMNS, "people p");
		if (filter.name() != null) {
			if (filter.name().isBlank()) {
				throw new BadRequestException("filter.name must not be blank");
			}
			query = query.where(NAME_MATCHES, "name", filter.name().strip());
		}
		if (filter.organization() != null) {
			query = query.where("""
					exists (select 1 from affiliations af join organizations o on o.id = af.organization_id
					        where af.person_id = p.id and o.slug = :organization)""", "organization",
					filter.organization());
		}
		if (withTotal && filter.name() == null && filter.organization() == null) {
			query = query.withTotal(this.totals.of(DatasetTotals.Type.PEOPLE));
		}
		return this.pager.page(query, BY_NAME, page, withTotal, ROW);
	}

	Map<Long, List<Affiliation>> affiliationsByPerson(Collection<Long> personIds) {
		return affiliations("person_id", personIds);
	}

	public Map<Long, List<Affiliation>> affiliationsByOrganization(Collection<Long> organizationIds) {
		return affiliations("organization_id", organizationIds);
	}

	private Map<Long, List<Affiliation>> affiliations(String byColumn, Collection<Long> ids) {
		Map<Long, List<Affiliation>> affiliations = new LinkedHashMap<>();
		// byColumn is one of two fixed column names
		this.jdbc
			.sql("select person_id, organization_id, role from affiliations where " + byColumn
					+ " = any(:ids) order by " + byColumn + ", id")
			.param("ids", ids.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				affiliations.computeIfAbsent(rs.getLong(byColumn), (id) -> new ArrayList<>())
					.add(AFFILIATION.mapRow(rs, rs.getRow()));
			});
		return affiliations;
	}

}
