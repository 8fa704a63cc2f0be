package dev.newsgraph.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.newsgraph.Slugs.IT_COMPANY_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SearchApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void findsOrganizationsArticlesAndQuotesWithHighlights() {
		GraphQlTester.Response response = search("telefonica", 10);
		response.path("search.nodes[0].node.slug").entity(String.class).isEqualTo("telefonica");
		response.path("search.nodes[0].highlight").entity(String.class).isEqualTo("<mark>Telefónica</mark>");
		response.path("search.nodes[?(@.node.__typename == 'Article')].node.slug")
			.entityList(String.class)
			.containsExactly(IT_COMPANY_ARTICLE);
		response.path("search.nodes[?(@.node.__typename == 'Article')].highlight")
			.entityList(String.class)
			.satisfies((highlights) -> assertThat(highlights.get(0)).contains("<mark>Telefonica</mark>")
				.contains("<mark>Telefónica</mark>")
				.contains("operations &amp; OSS director"));
		response.path("search.nodes[?(@.node.__typename == 'Quote')].node.speaker.slug")
			.entityList(String.class)
			.containsExactly("juan-manuel-caro-bernat");
		List<Double> ranks = response.path("search.nodes[*].rank").entityList(Double.class).get();
		assertThat(ranks).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void findsWhatUsersMeanByName() {
		search("huawei symantec", 1).path("search.nodes[0].node.slug")
			.entity(String.class)
			.isEqualTo("huawei-symantec");
		search("ren zheng", 1).path("search.nodes[0].node.slug").entity(String.class).isEqualTo("ren-zhengfei");
		search("ren zheng", 1).path("search.nodes[0].highlight")
			.entity(String.class)
			.isEqualTo("<mark>Ren Zhengfei</mark>");
	}

	@Test
	void pagesThroughHits() {
		GraphQlTester.Response first = search("huawei", 3);
		int total = first.path("search.totalCount").entity(Integer.class).get();
		assertThat(total).isGreaterThan(6);
		String after = first.path("search.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response next = this.graphQl.documentName("search")
			.variable("query", "huawei")
			.variable("first", 100)
			.variable("after", after)
			.execute();
		next.path("search.nodes").entityList(Object.class).hasSize(total - 3);
		next.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aBlankQueryIsABadRequest() {
		search("  ", 1).errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies(
						(error) -> assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
	}

	private GraphQlTester.Response search(String query, int first) {
		return this.graphQl.documentName("search").variable("query", query).variable("first", first).execute();
	}

}
