package dev.newsgraph.person;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.newsgraph.Slugs.CRN_ARTICLE;
import static dev.newsgraph.Slugs.IT_COMPANY_ARTICLE;

@IntegrationTest
class PersonApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aPersonWithAffiliationsQuotesAndArticles() {
		GraphQlTester.Response response = this.graphQl.documentName("person")
			.variable("slug", "leroy-blimegger")
			.execute();
		response.path("person.name").entity(String.class).isEqualTo("Leroy Blimegger");
		response.path("person.affiliations[*].organization.slug")
			.entityList(String.class)
			.containsExactly("huawei-global-technical-services", "assurance-and-managed-services");
		response.path("person.affiliations[*].role")
			.entityList(String.class)
			.containsExactly("senior vice president", "global president");
		response.path("person.quotes.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("person.quotes.nodes[*].article.slug")
			.entityList(String.class)
			.containsExactly(IT_COMPANY_ARTICLE, IT_COMPANY_ARTICLE);
		response.path("person.articles.nodes[*].slug").entityList(String.class).containsExactly(IT_COMPANY_ARTICLE);
		this.graphQl.documentName("person")
			.variable("slug", "kristin-bent")
			.execute()
			.path("person.articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(CRN_ARTICLE);
	}

	@Test
	void pagesThroughWhatAPersonSaidBothWays() {
		GraphQlTester.Response first = quotes(Map.of("first", 3));
		first.path("person.quotes.nodes[*].start").entityList(Integer.class).containsExactly(2929, 3212, 3549);
		String end = first.path("person.quotes.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response rest = quotes(Map.of("first", 3, "after", end));
		rest.path("person.quotes.nodes[*].start").entityList(Integer.class).containsExactly(3661);
		rest.path("person.quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		GraphQlTester.Response last = quotes(Map.of("last", 2));
		last.path("person.quotes.nodes[*].start").entityList(Integer.class).containsExactly(3549, 3661);
		String start = last.path("person.quotes.pageInfo.startCursor").entity(String.class).get();
		quotes(Map.of("last", 5, "before", start)).path("person.quotes.nodes[*].start")
			.entityList(Integer.class)
			.containsExactly(2929, 3212);
	}

	@Test
	void filtersPeopleByNameAndOrganization() {
		assertSlugs(Map.of("name", "ren zheng"), "ren-zhengfei");
		assertSlugs(Map.of("name", "blimeger"), "leroy-blimegger");
		assertSlugs(Map.of("name", "juan manuel"), "juan-manuel-caro-bernat");
		assertSlugs(Map.of("organization", "huawei"), "eric-xu", "francis-hopkins", "richard-yu", "ren-zhengfei");
		assertSlugs(Map.of("organization", "huawei", "name", "eric"), "eric-xu");
		this.graphQl.documentName("person").variable("slug", "nobody").execute().path("person").valueIsNull();
	}

	private GraphQlTester.Response quotes(Map<String, Object> page) {
		return this.graphQl.documentName("person-quotes-page")
			.variable("slug", "glenn-conley")
			.variables(page)
			.execute();
	}

	private void assertSlugs(Map<String, Object> filter, String... slugs) {
		this.graphQl.documentName("people-slugs")
			.variable("filter", filter)
			.execute()
			.path("people.nodes[*].slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list).containsExactlyInAnyOrder(slugs));
	}

}
