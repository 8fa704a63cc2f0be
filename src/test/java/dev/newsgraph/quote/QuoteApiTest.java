package dev.newsgraph.quote;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static dev.newsgraph.Slugs.ATT_ARTICLE;

@IntegrationTest
class QuoteApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void filtersAloneAndCombined() {
		assertCount(Map.of(), 18);
		assertCount(Map.of("speaker", "glenn-conley"), 4);
		assertCount(Map.of("organization", "telefonica-south-america"), 2);
		assertCount(Map.of("about", "telefonica"), 1);
		assertCount(Map.of("about", "huawei"), 4);
		assertCount(Map.of("article", ATT_ARTICLE), 1);
		// stemmed: "partners" counts too
		assertCount(Map.of("search", "partner"), 3);
		assertCount(Map.of("search", "partner", "speaker", "juan-manuel-caro-bernat"), 2);
		assertCount(Map.of("search", "partner", "speaker", "juan-manuel-caro-bernat", "about", "huawei"), 1);
		assertCount(Map.of("speaker", "nobody"), 0);
		quotes(Map.of("filter", Map.of("article", ATT_ARTICLE))).path("quotes.nodes[0].text")
			.entity(String.class)
			.isEqualTo("next year.");
	}

	@Test
	void pagesAcrossArticles() {
		GraphQlTester.Response first = quotes(Map.of("first", 10));
		first.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("quotes.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response rest = quotes(Map.of("first", 10, "after", end));
		rest.path("quotes.nodes").entityList(Object.class).hasSize(8);
		rest.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		String start = rest.path("quotes.pageInfo.startCursor").entity(String.class).get();
		quotes(Map.of("last", 100, "before", start)).path("quotes.nodes")
			.entityList(Object.class)
			.hasSize(10)
			.path("quotes.pageInfo.hasPreviousPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	private void assertCount(Map<String, Object> filter, int count) {
		quotes(Map.of("filter", filter, "first", 100)).path("quotes.totalCount")
			.entity(Integer.class)
			.isEqualTo(count)
			.path("quotes.nodes")
			.entityList(Object.class)
			.hasSize(count);
	}

	private GraphQlTester.Response quotes(Map<String, Object> variables) {
		return this.graphQl.documentName("quote-starts").variables(variables).execute();
	}

}
