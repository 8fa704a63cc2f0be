package dev.newsgraph.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;

/**
 * {@code TimelineInterval}: the length of a timeline's buckets. Weeks start on Monday
 * (ISO 8601), as PostgreSQL's {@code date_trunc('week', …)} does.
 */
public enum TimelineInterval {

	YEAR(ChronoUnit.YEARS, Set.of()),

	MONTH(ChronoUnit.MONTHS, Set.of("YEAR")),

	WEEK(ChronoUnit.WEEKS, Set.of("YEAR", "MONTH"));

	private final ChronoUnit unit;

	/** The date precisions coarser than a bucket. */
	private final Set<String> coarser;

	TimelineInterval(ChronoUnit unit, Set<String> coarser) {
		this.unit = unit;
		this.coarser = coarser;
	}

	/** The first day of the bucket that holds {@code day}. */
	LocalDate start(LocalDate day) {
		return switch (this) {
			case YEAR -> day.withDayOfYear(1);
			case MONTH -> day.withDayOfMonth(1);
			case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		};
	}

	/** The first day of the bucket after the one starting on {@code start}. */
	LocalDate next(LocalDate start) {
		return start.plus(1, this.unit);
	}

	/**
	 * How many buckets from the one holding {@code from} to the one holding {@code to}.
	 */
	long buckets(LocalDate from, LocalDate to) {
		return this.unit.between(start(from), start(to)) + 1;
	}

	/**
	 * The date precisions ("YEAR", "MONTH") less precise than a bucket: an article dated
	 * so counts in the bucket that holds the start of its period.
	 */
	Set<String> coarser() {
		return this.coarser;
	}

	/** The field of PostgreSQL's {@code date_trunc}. */
	String truncatedTo() {
		return name().toLowerCase(Locale.ROOT);
	}

}
