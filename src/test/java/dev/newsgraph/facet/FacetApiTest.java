package dev.newsgraph.facet;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import dev.newsgraph.facet.FacetRows.ArticleFilter;
import dev.newsgraph.facet.FacetRows.QuoteFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facets over the curated dataset, against counts made in the test from the loaded rows
 * ({@link FacetRows}): per filter, combined filters and search, disjunctive on
 * {@code Query.articles} and {@code Query.quotes}, plain on a parent's connections.
 */
@IntegrationTest
class FacetApiTest {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	static List<ArticleFilter> articleFilters() {
		return List.of(new ArticleFilter(null, null, null, null, null, null),
				new ArticleFilter(List.of("huawei"), null, null, null, null, null),
				new ArticleFilter(List.of("huawei", "symantec"), null, null, null, null, null),
				new ArticleFilter(null, List.of("glenn-conley"), null, null, null, null),
				new ArticleFilter(null, null, "crn", null, null, null),
				new ArticleFilter(null, null, null, "2013-01-01", "2013-12-31", null),
				new ArticleFilter(null, null, null, null, null, "network"),
				new ArticleFilter(List.of("huawei"), List.of("glenn-conley"), "crn", "2012-06-01", null, "Huawei"),
				new ArticleFilter(List.of("no-such-organization"), null, null, null, null, null));
	}

	@ParameterizedTest
	@MethodSource("articleFilters")
	void articleFacetsCountTheFilteredArticlesEachLeavingOutItsOwnCondition(ArticleFilter filter) {
		assertThat(FacetRows.asked(this.graphQl, filter, 2012, 2014))
			.isEqualTo(FacetRows.articleFacets(this.jdbc, filter, true, 2012, 2014));
	}

	static List<QuoteFilter> quoteFilters() {
		return List.of(new QuoteFilter(null, null, null, null, null),
				new QuoteFilter("glenn-conley", null, null, null, null),
				new QuoteFilter(null, "huawei", null, null, null), new QuoteFilter(null, null, "huawei", null, null),
				new QuoteFilter(null, null, null, null, "network"),
				new QuoteFilter("glenn-conley", "huawei", "huawei", null, "Huawei"));
	}

	@ParameterizedTest
	@MethodSource("quoteFilters")
	void quoteFacetsCountTheFilteredQuotesEachLeavingOutItsOwnCondition(QuoteFilter filter) {
		assertThat(FacetRows.asked(this.graphQl, filter)).isEqualTo(FacetRows.quoteFacets(this.jdbc, filter, true));
	}

	@Test
	void aParentsConnectionsCountWithNoConditionLeftOut() {
		Map<String, Object> organization = this.graphQl.documentName("nested-facets")
			.variable("slug", "huawei")
			.execute()
			.path("organization")
			.entity(MAP)
			.get();
		Map<String, Object> articles = FacetRows.articleFacets(this.jdbc,
				new ArticleFilter(List.of("huawei"), null, null, null, null, null), false, 2012, 2014);
		assertThat(organization).extractingByKey("articles")
			.isEqualTo(Map.of("facets", Map.of("articles", articles.get("articles"), "organizations",
					articles.get("organizations"), "people", articles.get("people"))));
		Map<String, Object> quotes = FacetRows.quoteFacets(this.jdbc, new QuoteFilter(null, null, "huawei", null, null),
				false);
		assertThat(organization).extractingByKey("quotesAbout")
			.isEqualTo(Map.of("facets", Map.of("quotes", quotes.get("quotes"), "about", quotes.get("about"), "speakers",
					quotes.get("speakers"))));
		assertThat((List<?>) articles.get("organizations")).isNotEmpty();
	}

	@Test
	void aYearOnlyDateCountsInJanuaryAsImprecise() {
		List<Map<String, Object>> months = this.graphQl.documentName("article-facets")
			.variable("filter", Map.of("organizations", List.of("huawei")))
			.variable("fromYear", 2013)
			.variable("toYear", 2013)
			.execute()
			.path("articles.facets.months")
			.entityList(MAP)
			.get();
		assertThat(months).hasSize(12);
		assertThat(months.get(0)).containsEntry("start", "2013-01-01")
			.containsEntry("count", 1)
			.containsEntry("impreciseCount", 1);
		assertThat(months.subList(1, 12)).allSatisfy((month) -> assertThat(month).containsEntry("count", 0));
	}

	@ParameterizedTest
	@CsvSource({ "1900, 2030, over the limit of 1,000", "2014, 2013, is after toYear", "0, 10, from 1 to 9999",
			"2147483647, 2147483647, from 1 to 9999", "-2147483648, 2000, from 1 to 9999" })
	void monthsOutOfRangeAreABadRequestThatSaysWhy(int fromYear, int toYear, String why) {
		this.graphQl.documentName("article-facets")
			.variable("fromYear", fromYear)
			.variable("toYear", toYear)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains(why);
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

}
