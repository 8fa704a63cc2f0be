package dev.newsgraph.organization;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.newsgraph.Slugs.CRN_ARTICLE;
import static dev.newsgraph.Slugs.IT_COMPANY_ARTICLE;

@IntegrationTest
class OrganizationApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void anOrganizationWithWhatItsPeopleSaidAndWhatWasSaidAboutIt() {
		GraphQlTester.Response response = organization("huawei", 20);
		response.path("organization.name").entity(String.class).isEqualTo("Huawei");
		response.path("organization.kind").entity(String.class).isEqualTo("COMPANY");
		response.path("organization.country").entity(String.class).isEqualTo("CN");
		response.path("organization.wikidataId").valueIsNull();
		response.path("organization.mentionCount").entity(Integer.class).isEqualTo(4);
		response.path("organization.articles.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("organization.quotes.totalCount").entity(Integer.class).isEqualTo(10);
		response.path("organization.quotes.nodes[*].speaker.slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list)
				.containsOnly("eric-xu", "francis-hopkins", "leroy-blimegger", "richard-yu", "ren-zhengfei"));
		response.path("organization.quotesAbout.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("organization.quotesAbout.nodes[*].speaker.slug")
			.entityList(String.class)
			.containsExactly("jeanne-wilson", "glenn-conley", "leroy-blimegger", "juan-manuel-caro-bernat");
		response.path("organization.people[*].person.slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list)
				.containsExactlyInAnyOrder("eric-xu", "francis-hopkins", "richard-yu", "ren-zhengfei"));
	}

	@Test
	void parentsAliasesCoMentionsAndAffiliations() {
		GraphQlTester.Response jointVenture = organization("huawei-symantec", 20);
		jointVenture.path("organization.parent.slug").entity(String.class).isEqualTo("huawei");
		jointVenture.path("organization.kind").entity(String.class).isEqualTo("JOINT_VENTURE");
		jointVenture.path("organization.aliases")
			.entityList(String.class)
			.containsExactly("Huawei-Symantec", "Huawei Symantec");
		GraphQlTester.Response att = organization("att", 20);
		att.path("organization.coMentions[*].organization.slug")
			.entityList(String.class)
			.containsExactly("apple", "honor", "huawei");
		att.path("organization.coMentions[*].articleCount").entityList(Integer.class).containsExactly(1, 1, 1);
		att.path("organization.quotesAbout.totalCount").entity(Integer.class).isEqualTo(0);
		organization("condor-storage", 20).path("organization.people[0]")
			.entity(Map.class)
			.isEqualTo(Map.of("role", "president", "person", Map.of("slug", "jeanne-wilson"), "organization",
					Map.of("slug", "condor-storage")));
		organization("huawei", 20).path("organization.coMentions[0].organization.slug")
			.entity(String.class)
			.isEqualTo("us-government");
	}

	@Test
	void nestedConnectionsPage() {
		GraphQlTester.Response first = organization("telefonica", 1);
		first.path("organization.articles.nodes[*].slug").entityList(String.class).containsExactly(IT_COMPANY_ARTICLE);
		first.path("organization.articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		GraphQlTester.Response huawei = organization("huawei", 1);
		huawei.path("organization.articles.nodes[*].slug").entityList(String.class).containsExactly(CRN_ARTICLE);
		huawei.path("organization.articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void anUnknownSlugIsNull() {
		organization("no-such-organization", 1).path("organization").valueIsNull();
	}

	@Test
	void namesAreFoundByPrefixFuzzilyAndWithoutAccents() {
		assertSlugs(Map.of("name", "telefonica"), "telefonica", "telefonica-south-america");
		// every word typed must match a word of the name: not Telefónica alone
		assertSlugs(Map.of("name", "TELEFÓNICA south"), "telefonica-south-america");
		assertSlugs(Map.of("name", "south telefonica"), "telefonica-south-america");
		// the joint venture by its name or alias; neither Huawei nor Symantec alone
		assertSlugs(Map.of("name", "huawei symantec"), "huawei-symantec");
		assertSlugs(Map.of("name", "metropark"), "metropark-communications");
		assertSlugs(Map.of("name", "Ericson"), "ericsson");
		assertSlugs(Map.of("name", "wsj"), "the-wall-street-journal");
		assertSlugs(Map.of("kind", "GOVERNMENT"), "us-government", "china-government");
		assertSlugs(Map.of("kind", "DIVISION", "name", "telefonica"), "telefonica-south-america");
	}

	@Test
	void ordersByMentionCountAndPagesThroughAllOfThem() {
		GraphQlTester.Response first = this.graphQl.documentName("organization-slugs")
			.variable("orderBy", Map.of("field", "MENTION_COUNT", "direction", "DESC"))
			.variable("first", 2)
			.execute();
		first.path("organizations.nodes[0].slug").entity(String.class).isEqualTo("huawei");
		first.path("organizations.nodes[1].mentionCount").entity(Integer.class).isEqualTo(2);
		first.path("organizations.totalCount").entity(Integer.class).isEqualTo(22);
		int seen = 2;
		String after = first.path("organizations.pageInfo.endCursor").entity(String.class).get();
		// the same position in the same dataset version gives the same bytes in every
		// JVM, so ETags agree across restarts and replicas
		org.assertj.core.api.Assertions
			.assertThat(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8))
			.matches("\\{\"k\":\\[\"2\",\"12\"],\"s\":\"63613d52da4e009a\",\"v\":[1-9]\\d*}");
		// a cursor of an earlier release, with no version: refused, never read as current
		String unversioned = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8)
				.replaceFirst(",\"v\":\\d+", "")
				.getBytes(StandardCharsets.UTF_8));
		this.graphQl.documentName("organization-slugs")
			.variable("orderBy", Map.of("field", "MENTION_COUNT", "direction", "DESC"))
			.variable("first", 5)
			.variable("after", unversioned)
			.execute()
			.errors()
			.expect((error) -> "STALE_CURSOR".equals(error.getErrorType().toString())
					&& error.getMessage().contains("earlier release"));
		boolean more = true;
		while (more) {
			GraphQlTester.Response next = this.graphQl.documentName("organization-slugs")
				.variable("orderBy", Map.of("field", "MENTION_COUNT", "direction", "DESC"))
				.variable("first", 5)
				.variable("after", after)
				.execute();
			seen += next.path("organizations.nodes").entityList(Object.class).get().size();
			more = next.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = next.path("organizations.pageInfo.endCursor").entity(String.class).get();
		}
		org.assertj.core.api.Assertions.assertThat(seen).isEqualTo(22);
	}

	/**
	 * Issue 18: a library catalogue's order, not the bytes' (AT&T, Alcatel, Apple, ...).
	 */
	@Test
	void namesSortAsACatalogueDoes() {
		List<String> names = this.graphQl.documentName("organization-names")
			.variable("direction", "ASC")
			.execute()
			.path("organizations.nodes[*].name")
			.entityList(String.class)
			.get();
		org.assertj.core.api.Assertions.assertThat(names)
			.containsSubsequence("Alcatel", "Apple", "Assurance & Managed Services", "AT&T", "CRN", "Ericsson")
			.containsSubsequence("Telefónica", "Telefónica South America", "The Wall Street Journal")
			.isSortedAccordingTo(java.util.Comparator.comparing(OrganizationApiTest::folded));
		List<String> descending = this.graphQl.documentName("organization-names")
			.variable("direction", "DESC")
			.execute()
			.path("organizations.nodes[*].name")
			.entityList(String.class)
			.get();
		List<String> reversed = new java.util.ArrayList<>(names);
		java.util.Collections.reverse(reversed);
		org.assertj.core.api.Assertions.assertThat(descending).isEqualTo(reversed);
	}

	/** Lower case without accents: the order a catalogue shows, for the seed's names. */
	private static String folded(String name) {
		return java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	private GraphQlTester.Response organization(String slug, int first) {
		return this.graphQl.documentName("organization").variable("slug", slug).variable("first", first).execute();
	}

	private void assertSlugs(Map<String, Object> filter, String... slugs) {
		this.graphQl.documentName("organization-slugs")
			.variable("filter", filter)
			.execute()
			.path("organizations.nodes[*].slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list).containsExactlyInAnyOrder(slugs));
	}

}
