package dev.newsgraph.timeline;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Query.trending} over the curated dataset, whose one dated article (the CRN one)
 * is dated 2013 alone, against counts made in the test from the mentions and the named
 * people, not from the per-day counts the service sums.
 */
@IntegrationTest
class TrendingApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Test
	void newcomersRankByTheirShareOfTheWindow() {
		GraphQlTester.Response response = trending("2013-01-01", "2013-12-31", "2012-01-01", "2012-12-31", 5);
		response.path("trending.articles").entity(Integer.class).isEqualTo(1);
		response.path("trending.baselineArticles").entity(Integer.class).isEqualTo(0);
		// one article of one: a share of 1 against a baseline count taken as 1 of at
		// least 1
		response.path("trending.organizations[*].organization.slug").entityList(String.class).isEqualTo(slugs("""
				select o.slug from organizations o
				where exists (select 1 from organization_mentions m join articles a on a.id = m.article_id
				              where m.organization_id = o.id and a.published_on between '2013-01-01' and '2013-12-31')
				order by o.id limit 5
				"""));
		response.path("trending.organizations[*].ratio")
			.entityList(Double.class)
			.containsExactly(1.0, 1.0, 1.0, 1.0, 1.0);
		response.path("trending.organizations[*].baselineArticles")
			.entityList(Integer.class)
			.containsExactly(0, 0, 0, 0, 0);
		response.path("trending.people[*].person.slug").entityList(String.class).isEqualTo(slugs("""
				select p.slug from people p
				where exists (select 1 from article_people ap join articles a on a.id = ap.article_id
				              where ap.person_id = p.id and a.published_on between '2013-01-01' and '2013-12-31')
				order by p.id limit 5
				"""));
	}

	@Test
	void aWindowWithoutArticlesListsNobody() {
		GraphQlTester.Response response = trending("2014-01-01", "2014-12-31", "2013-01-01", "2013-12-31", null);
		response.path("trending.articles").entity(Integer.class).isEqualTo(0);
		response.path("trending.baselineArticles").entity(Integer.class).isEqualTo(1);
		response.path("trending.organizations").entityList(Object.class).hasSize(0);
		response.path("trending.people").entityList(Object.class).hasSize(0);
	}

	@Test
	void aWindowEndingBeforeItStartsIsABadRequest() {
		trending("2014-01-01", "2013-12-31", "2012-01-01", "2012-12-31", null).errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("from (2014-01-01) must not be after to (2013-12-31)");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

	private GraphQlTester.Response trending(String from, String to, String baselineFrom, String baselineTo,
			Integer first) {
		return this.graphQl.documentName("trending")
			.variable("from", from)
			.variable("to", to)
			.variable("baselineFrom", baselineFrom)
			.variable("baselineTo", baselineTo)
			.variable("first", first)
			.execute();
	}

	private List<String> slugs(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

}
