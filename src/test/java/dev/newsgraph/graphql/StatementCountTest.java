package dev.newsgraph.graphql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.newsgraph.IntegrationTest;
import dev.newsgraph.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: a nested query runs the same number of SQL statements whatever the page size.
 */
@IntegrationTest
class StatementCountTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	/**
	 * The small page is chosen so that it already reaches every level of the query (the
	 * first organizations by mention count have quotes; the first ten hits for "huawei"
	 * hold every type the fifty do): a level with no rows at all runs no statement.
	 */
	@ParameterizedTest
	@CsvSource({ "nested-articles, 2", "nested-organizations, 2", "nested-search, 10" })
	void statementsDoNotGrowWithThePageSize(String document, int small) {
		int forSmall = statementsFor(document, small);
		int forFifty = statementsFor(document, 50);
		assertThat(forFifty).as("statements for first: %d and first: 50", small).isEqualTo(forSmall);
		// search: the planner's estimate, the hits, four highlight statements and the
		// nodes' levels
		assertThat(forSmall).isLessThanOrEqualTo(11);
	}

	private int statementsFor(String document, int first) {
		this.statements.take();
		this.graphQl.documentName(document).variable("first", first).execute().errors().verify();
		int count = this.statements.take();
		System.out.printf("%s first=%d: %d SQL statements%n", document, first, count);
		return count;
	}

}
