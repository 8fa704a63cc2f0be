package dev.newsgraph.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BadArgumentMessageTest {

	@Test
	void anInvalidDateArgumentSaysWhichWhatAndWhatIsExpected() {
		assertThat(BadArgumentMessage
			.of("Validation error (WrongType@[articles]) : argument 'filter.publishedAfter' with value 'StringValue{value='2024-13-45'}' is not a valid 'Date' - Invalid RFC3339 full date value : '2024-13-45' because of : 'Text '2024-13-45' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13'"))
			.isEqualTo(
					"Argument 'filter.publishedAfter' of articles got \"2024-13-45\", but it must be a date as YYYY-MM-DD");
	}

	@Test
	void aNumberForAStringAndAStringForAnInt() {
		assertThat(BadArgumentMessage
			.of("Validation error (WrongType@[articles]) : argument 'first' with value 'StringValue{value='ten'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a 'StringValue'"))
			.isEqualTo(
					"Argument 'first' of articles got \"ten\", but it must be a whole number from -2147483648 to 2147483647");
		assertThat(BadArgumentMessage
			.of("Validation error (WrongType@[article]) : argument 'slug' with value 'IntValue{value=7}' is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue'"))
			.isEqualTo("Argument 'slug' of article got 7, but it must be a string");
	}

	@Test
	void anInvalidVariableLosesTheParsersInternals() {
		assertThat(BadArgumentMessage
			.of("Variable 'from' has an invalid value: Invalid RFC3339 full date value : '2024-13-45' because of : 'Text '2024-13-45' could not be parsed: Invalid value for MonthOfYear (valid values 1 - 12): 13'"))
			.isEqualTo("Variable 'from' has an invalid value: expected a date as YYYY-MM-DD, got '2024-13-45'");
	}

	@Test
	void anyOtherMessageIsLeftAlone() {
		assertThat(BadArgumentMessage.of("Query depth 31 exceeds the limit of 15 (newsgraph.graphql.max-depth)"))
			.isEqualTo("Query depth 31 exceeds the limit of 15 (newsgraph.graphql.max-depth)");
	}

}
