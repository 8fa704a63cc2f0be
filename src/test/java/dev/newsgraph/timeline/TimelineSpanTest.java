package dev.newsgraph.timeline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.newsgraph.graphql.BadRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Which buckets a timeline span holds: whole intervals, weeks from Monday, edges
 * included.
 */
class TimelineSpanTest {

	@ParameterizedTest(name = "{0} {1} to {2}")
	@CsvSource(textBlock = """
			MONTH, 2019-01-31, 2019-02-01, 2019-01-01, 2019-03-01, 2
			MONTH, 2019-01-01, 2019-01-31, 2019-01-01, 2019-02-01, 1
			MONTH, 2018-12-31, 2019-01-01, 2018-12-01, 2019-02-01, 2
			YEAR,  2013-06-15, 2013-06-15, 2013-01-01, 2014-01-01, 1
			YEAR,  2005-01-01, 2019-12-31, 2005-01-01, 2020-01-01, 15
			WEEK,  2026-11-29, 2026-11-30, 2026-11-23, 2026-12-07, 2
			WEEK,  2026-11-23, 2026-11-29, 2026-11-23, 2026-11-30, 1
			""")
	void coversWholeIntervalsFromTheOneHoldingFromToTheOneHoldingTo(TimelineInterval interval, LocalDate from,
			LocalDate to, LocalDate first, LocalDate end, int buckets) {
		TimelineSpan span = TimelineSpan.of(interval, from, to);
		assertThat(span.first()).isEqualTo(first);
		assertThat(span.end()).isEqualTo(end);
		assertThat(span.starts()).hasSize(buckets).startsWith(first);
	}

	@Test
	void refusesMoreThanAThousandBucketsNamingTheLimit() {
		assertThat(
				TimelineSpan.of(TimelineInterval.MONTH, LocalDate.of(1950, 1, 1), LocalDate.of(2033, 4, 30)).starts())
			.hasSize(1000);
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(
					() -> TimelineSpan.of(TimelineInterval.MONTH, LocalDate.of(1950, 1, 1), LocalDate.of(2033, 5, 1)))
			.withMessage("timeline: 1950-01-01 to 2033-05-01 by MONTH is 1,001 buckets, over the limit of 1,000; "
					+ "narrow the span or choose a longer interval");
	}

	@Test
	void refusesAFromAfterTo() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(
					() -> TimelineSpan.of(TimelineInterval.YEAR, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
			.withMessage("timeline: from (2020-01-02) is after to (2020-01-01)");
	}

}
