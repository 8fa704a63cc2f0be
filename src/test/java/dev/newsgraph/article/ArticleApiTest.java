package dev.newsgraph.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.newsgraph.Slugs.ATT_ARTICLE;
import static dev.newsgraph.Slugs.CRN_ARTICLE;
import static dev.newsgraph.Slugs.IT_COMPANY_ARTICLE;
import static dev.newsgraph.Slugs.LICENSE_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArticleApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void anArticleWithEverythingHangingOffIt() {
		GraphQlTester.Response response = this.graphQl.documentName("article").variable("slug", CRN_ARTICLE).execute();
		response.path("article.title")
			.entity(String.class)
			.isEqualTo("Huawei: We're Still Building Our U.S. Enterprise Business, Channel");
		response.path("article.publishedAt").entity(String.class).isEqualTo("2013-01-01");
		response.path("article.publishedPrecision").entity(String.class).isEqualTo("YEAR");
		response.path("article.byline").entity(String.class).isEqualTo("Kristin Bent contributed to this article.");
		response.path("article.source.name").entity(String.class).isEqualTo("CRN");
		response.path("article.url").valueIsNull();
		response.path("article.organizations[0].organization.slug").entity(String.class).isEqualTo("huawei");
		response.path("article.organizations[0].count").entity(Integer.class).isEqualTo(22);
		response.path("article.organizations[*].organization.slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list)
				.containsExactlyInAnyOrder("huawei", "huawei-symantec", "symantec", "reuters", "crn", "us-government",
						"china-government", "condor-storage", "metropark-communications"));
		response.path("article.organizations[?(@.organization.slug == 'huawei-symantec')].spans[*].text")
			.entityList(String.class)
			.containsExactly("Huawei Symantec", "Huawei-Symantec", "Huawei-Symantec", "Huawei-Symantec",
					"Huawei-Symantec");
		response.path("article.people[*].slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list)
				.containsExactlyInAnyOrder("eric-xu", "francis-hopkins", "jeanne-wilson", "glenn-conley",
						"kristin-bent"));
		response.path("article.quotes[*].speaker.slug")
			.entityList(String.class)
			.containsExactly("eric-xu", "francis-hopkins", "francis-hopkins", "jeanne-wilson", "jeanne-wilson",
					"glenn-conley", "glenn-conley", "glenn-conley", "glenn-conley");
		response.path("article.quotes[0].text")
			.entity(String.class)
			.isEqualTo("not interested in the U.S. market anymore");
		response.path("article.quotes[0].role").entity(String.class).isEqualTo("Deputy Chairman");
		response.path("article.quotes[0].context")
			.entity(String.class)
			.satisfies((context) -> assertThat(context).startsWith("At a conference in Shenzhen"));
		response.path("article.quotes[5].about[*].slug")
			.entityList(String.class)
			.containsExactly("huawei", "metropark-communications");
		response.path("article.quotes[*].article.slug").entityList(String.class).contains(CRN_ARTICLE);
		response.path("article.related[0].article.slug").entity(String.class).isEqualTo(LICENSE_ARTICLE);
		response.path("article.related[0].shared[*].slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list)
				.containsExactlyInAnyOrder("huawei", "us-government"));
		response.path("article.related[0].score").entity(Double.class).isEqualTo(0.75);
	}

	@Test
	void anUnknownSlugIsNullNotAnError() {
		this.graphQl.documentName("article")
			.variable("slug", "no-such-article")
			.execute()
			.path("article")
			.valueIsNull();
	}

	@Test
	void pagesForwardAndBackwardAcrossPageBoundaries() {
		GraphQlTester.Response first = page(Map.of("first", 2));
		first.path("articles.nodes[*].slug").entityList(String.class).containsExactly(CRN_ARTICLE, LICENSE_ARTICLE);
		first.path("articles.totalCount").entity(Integer.class).isEqualTo(4);
		first.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String endCursor = first.path("articles.pageInfo.endCursor").entity(String.class).get();
		first.path("articles.edges[1].cursor").entity(String.class).isEqualTo(endCursor);

		GraphQlTester.Response second = page(Map.of("first", 2, "after", endCursor));
		second.path("articles.nodes[*].slug").entityList(String.class).containsExactly(ATT_ARTICLE, IT_COMPANY_ARTICLE);
		second.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);

		GraphQlTester.Response last = page(Map.of("last", 3));
		last.path("articles.nodes[*].slug")
			.entityList(String.class)
			.containsExactly(LICENSE_ARTICLE, ATT_ARTICLE, IT_COMPANY_ARTICLE);
		last.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String startCursor = last.path("articles.pageInfo.startCursor").entity(String.class).get();

		GraphQlTester.Response before = page(Map.of("last", 3, "before", startCursor));
		before.path("articles.nodes[*].slug").entityList(String.class).containsExactly(CRN_ARTICLE);
		before.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		before.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void ordersByTitleBothWays() {
		List<String> ascending = page(Map.of("orderBy", Map.of("field", "TITLE", "direction", "ASC")))
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.hasSize(4)
			.get();
		List<String> descending = page(Map.of("orderBy", Map.of("field", "TITLE", "direction", "DESC")))
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.get();
		List<String> reversed = new ArrayList<>(ascending);
		Collections.reverse(reversed);
		assertThat(descending).containsExactlyElementsOf(reversed);
	}

	@Test
	void filtersAloneAndCombined() {
		assertSlugs(Map.of("search", "Telefónica"), IT_COMPANY_ARTICLE);
		assertSlugs(Map.of("search", "telefonica"), IT_COMPANY_ARTICLE);
		assertSlugs(Map.of("search", "\"carrier network\" -nokia"), CRN_ARTICLE);
		assertSlugs(Map.of("organizations", List.of("huawei", "nokia")), LICENSE_ARTICLE);
		assertSlugs(Map.of("organizations", List.of("nokia", "apple")));
		assertSlugs(Map.of("organizations", List.of("us-government")), CRN_ARTICLE, LICENSE_ARTICLE);
		assertSlugs(Map.of("people", List.of("richard-yu")), ATT_ARTICLE);
		assertSlugs(Map.of("source", "crn"), CRN_ARTICLE);
		assertSlugs(Map.of("publishedAfter", "2013-01-01"), CRN_ARTICLE);
		assertSlugs(Map.of("publishedBefore", "2012-12-31"));
		assertSlugs(Map.of("organizations", List.of("us-government"), "search", "license"), LICENSE_ARTICLE);
		assertSlugs(Map.of("organizations", List.of("huawei"), "people", List.of("glenn-conley"), "source", "crn",
				"publishedAfter", "2013-01-01", "search", "channel"), CRN_ARTICLE);
	}

	@Test
	void listsTheSources() {
		this.graphQl.documentName("sources")
			.execute()
			.path("sources[*].slug")
			.entityList(String.class)
			.containsExactly("crn");
	}

	private void assertSlugs(Map<String, Object> filter, String... slugs) {
		this.graphQl.documentName("article-slugs")
			.variable("filter", filter)
			.execute()
			.path("articles.nodes[*].slug")
			.entityList(String.class)
			.satisfies((list) -> org.assertj.core.api.Assertions.assertThat(list).containsExactlyInAnyOrder(slugs))
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(slugs.length);
	}

	private GraphQlTester.Response page(Map<String, Object> variables) {
		return this.graphQl.documentName("articles-page").variables(variables).execute();
	}

}
