package dev.newsgraph.timeline;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timelines over the curated dataset, whose one dated article (the CRN one) is dated by
 * its year alone, against counts made in the test from the rows the loader wrote.
 */
@IntegrationTest
class TimelineApiTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOnlyDateCountsInItsYearsFirstMonthAsImprecise() {
		List<Map<String, Object>> buckets = timeline("organization-timeline", "huawei", "MONTH", "2013-01-15",
				"2013-12-31");
		assertThat(buckets).hasSize(12);
		assertThat(buckets.get(0)).containsEntry("start", "2013-01-01")
			.containsEntry("articles", 1)
			.containsEntry("impreciseArticles", 1)
			.containsEntry("quotes", count("""
					select count(*) from quotes q join articles a on a.id = q.article_id
					where q.organization_id = (select id from organizations where slug = 'huawei')
					  and a.published_on = '2013-01-01'
					"""))
			.containsEntry("quotesAbout", count("""
					select count(*) from quote_about qa join quotes q on q.id = qa.quote_id
					join articles a on a.id = q.article_id
					where qa.organization_id = (select id from organizations where slug = 'huawei')
					  and a.published_on = '2013-01-01'
					"""));
		assertThat(buckets.subList(1, 12)).allSatisfy((empty) -> assertThat(empty).containsEntry("articles", 0)
			.containsEntry("impreciseArticles", 0)
			.containsEntry("quotes", 0)
			.containsEntry("quotesAbout", 0));
		assertThat(buckets.get(11)).containsEntry("start", "2013-12-01");
	}

	@Test
	void aYearlyTimelineHoldsTheSameArticleAsPrecise() {
		List<Map<String, Object>> buckets = timeline("organization-timeline", "huawei", "YEAR", "2012-03-01",
				"2014-03-01");
		assertThat(buckets).extracting((bucket) -> bucket.get("start"))
			.containsExactly("2012-01-01", "2013-01-01", "2014-01-01");
		assertThat(buckets).extracting((bucket) -> bucket.get("articles")).containsExactly(0, 1, 0);
		assertThat(buckets).extracting((bucket) -> bucket.get("impreciseArticles")).containsExactly(0, 0, 0);
	}

	@Test
	void aPersonsTimelineCountsTheirQuotesAndHasNoQuotesAbout() {
		List<Map<String, Object>> buckets = timeline("person-timeline", "glenn-conley", "YEAR", "2013-01-01",
				"2013-12-31");
		assertThat(buckets).singleElement()
			.satisfies((bucket) -> assertThat(bucket).containsEntry("articles", 1).containsEntry("quotes", count("""
					select count(*) from quotes
					where speaker_id = (select id from people where slug = 'glenn-conley')
					""")).containsEntry("quotesAbout", null));
	}

	@Test
	void weeksStartOnMondayAndEmptyOnesAreListed() {
		List<Map<String, Object>> buckets = timeline("organization-timeline", "huawei", "WEEK", "2012-12-31",
				"2013-01-13");
		assertThat(buckets).extracting((bucket) -> bucket.get("start")).containsExactly("2012-12-31", "2013-01-07");
		assertThat(buckets).extracting((bucket) -> bucket.get("articles")).containsExactly(1, 0);
	}

	@Test
	void tooManyBucketsIsABadRequestThatNamesTheLimit() {
		this.graphQl.documentName("organization-timeline")
			.variable("slug", "huawei")
			.variable("interval", "WEEK")
			.variable("from", "2000-01-01")
			.variable("to", "2030-01-01")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains("over the limit of 1,000");
				assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
			}));
	}

	private List<Map<String, Object>> timeline(String document, String slug, String interval, String from, String to) {
		GraphQlTester.Response response = this.graphQl.documentName(document)
			.variable("slug", slug)
			.variable("interval", interval)
			.variable("from", from)
			.variable("to", to)
			.execute();
		String type = document.startsWith("person") ? "person" : "organization";
		return response.path(type + ".timeline")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
