package dev.newsgraph.organization;

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
import dev.newsgraph.paging.OrderDirection;
import dev.newsgraph.paging.Page;

/**
 * Reads organizations: by slug and id, as keyset-paged connections, with aliases, the
 * organizations quoted text names, where articles mention them, and co-mentions.
 */
@Repository
public class OrganizationRepository implements NodeFinder {

	private static final String COLUMNS = """
			o.id, o.slug, o.name, o.kind, o.country, o.wikidata_id, o.description, o.parent_id, o.mention_count""";

	// by column name: DataClassRowMapper's misses on camelCase names each cost an
	// exception
	private static final RowMapper<Organization> ROW = (rs, row) -> new Organization(rs.getLong("id"),
			rs.getString("slug"), rs.getString("name"), rs.getString("kind"), rs.getString("country"),
			rs.getString("wikidata_id"), rs.getString("description"), rs.getObject("parent_id", Long.class),
			rs.getInt("mention_count"));

	private static final Keyset BY_NAME = Keyset.of("name", false, new Keyset.Key("o.name collate catalogue", "text"),
			new Keyset.Key("o.id", "bigint"));

	private static final Keyset BY_MENTION_COUNT = Keyset.of("mentionCount", true,
			new Keyset.Key("o.mention_count", "integer"), new Keyset.Key("o.id", "bigint"));

	/** The name or an alias matches {@code :name} ({@link NameMatch}). */
	public static final String NAME_MATCHES = "o.id in (" + NameMatch.ids("organization_name_words", "organization_id")
			+ ")";

	private final JdbcClient jdbc;

	private final RowLookup<Organization> lookup;

	private final KeysetPager pager;

	private final DatasetTotals totals;

	OrganizationRepository(JdbcClient jdbc, KeysetPager pager, DatasetTotals totals) {
		this.jdbc = jdbc;
		this.lookup = new RowLookup<>(jdbc, "organizations o", COLUMNS, ROW, Organization::id);
		this.pager = pager;
		this.totals = totals;
	}

	@Override
	public String type() {
		return "Organization";
	}

	Optional<Organization> findBySlug(String slug) {
		return this.lookup.bySlug(slug);
	}

	@Override
	public Map<Long, Organization> findByIds(Collection<Long> ids) {
		return this.lookup.byIds(ids);
	}

	Connection<Organization> page(OrganizationFilter filter, OrganizationOrder order, Page page, boolean withTotal) {
		KeysetPager.Query query = KeysetPager.Query.of("Query.organizations" + filter, COLUMNS, "organizations o");
		if (filter.name() != null) {
			if (filter.name().isBlank()) {
				throw new BadRequestException("filter.name must not be blank");
			}
			query = query.where(NAME_MATCHES, "name", filter.name().strip());
		}
		if (filter.kind() != null) {
			query = query.where("o.kind = :kind", "kind", filter.kind());
		}
		if (withTotal && filter.name() == null && filter.kind() == null) {
			query = query.withTotal(this.totals.of(DatasetTotals.Type.ORGANIZATIONS));
		}
		Keyset keyset = (order.field() == OrganizationOrder.Field.MENTION_COUNT) ? BY_MENTION_COUNT : BY_NAME;
		return this.pager.page(query, keyset.direction(order.direction() == OrderDirection.DESC), page, withTotal, ROW);
	}

	Map<Long, List<String>> aliases(Collection<Long> organizationIds) {
		Map<Long, List<String>> aliases = new LinkedHashMap<>();
		this.jdbc.sql("""
				select organization_id, alias from organization_aliases
				where organization_id = any(:ids) order by organization_id, position
				""").param("ids", organizationIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			aliases.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>())
				.add(rs.getString("alias"));
		});
		return aliases;
	}

	/** The organizations named inside each quote. */
	public Map<Long, List<Organization>> findAboutQuotes(Collection<Long> quoteIds) {
		Map<Long, List<Organization>> about = new LinkedHashMap<>();
		this.jdbc.sql("select qa.quote_id, " + COLUMNS + """
				 from quote_about qa join organizations o on o.id = qa.organization_id
				where qa.quote_id = any(:ids) order by qa.quote_id, o.name
				""").param("ids", quoteIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			about.computeIfAbsent(rs.getLong("quote_id"), (id) -> new ArrayList<>()).add(ROW.mapRow(rs, rs.getRow()));
		});
		return about;
	}

	/** Each article's organizations, in order of first mention, with every span. */
	Map<Long, List<OrganizationMention>> mentionsInArticles(Collection<Long> articleIds) {
		Map<Long, Map<Long, List<OrganizationMention.Span>>> spans = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.article_id, m.organization_id, m.start_offset, m.end_offset,
				       substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) as text
				from organization_mentions m join articles a on a.id = m.article_id
				where m.article_id = any(:ids)
				order by m.article_id, m.start_offset
				""").param("ids", articleIds.toArray(Long[]::new)).query((ResultSet rs) -> {
			spans.computeIfAbsent(rs.getLong("article_id"), (id) -> new LinkedHashMap<>())
				.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>())
				.add(new OrganizationMention.Span(rs.getInt("start_offset"), rs.getInt("end_offset"),
						rs.getString("text")));
		});
		Map<Long, List<OrganizationMention>> mentions = new LinkedHashMap<>();
		spans.forEach((article, byOrganization) -> mentions.put(article,
				byOrganization.entrySet()
					.stream()
					.map((entry) -> new OrganizationMention(entry.getKey(), List.copyOf(entry.getValue())))
					.toList()));
		return mentions;
	}

	/** For each organization, the others in the same articles, most shared first. */
	Map<Long, List<CoMention>> coMentions(Collection<Long> organizationIds, int first) {
		Map<Long, List<CoMention>> coMentions = new LinkedHashMap<>();
		// counted by the loader (DerivedData): a hot organization's co-mentions span most
		// of the dataset
		this.jdbc.sql("""
				select organization_id, other_id as other, article_count from organization_co_mentions
				where organization_id = any(:ids) and position <= :first
				order by organization_id, position
				""").param("ids", organizationIds.toArray(Long[]::new)).param("first", first).query((ResultSet rs) -> {
			coMentions.computeIfAbsent(rs.getLong("organization_id"), (id) -> new ArrayList<>())
				.add(new CoMention(rs.getLong("other"), rs.getInt("article_count")));
		});
		return coMentions;
	}

}
