package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.newsgraph.graphql.BadRequestException;

/**
 * The buckets a timeline asks for: whole intervals, from the one holding {@code from} to
 * the one holding {@code to}, each returned even when empty so that a chart needs no
 * gap-filling.
 *
 * @param first the first bucket's first day
 * @param end the day after the last bucket
 */
record TimelineSpan(TimelineInterval interval, LocalDate first, LocalDate end) {

	/** The most buckets one timeline returns. */
	static final int MAX_BUCKETS = 1000;

	/**
	 * @throws BadRequestException when {@code from} is after {@code to}, or the span
	 * holds more than {@link #MAX_BUCKETS} buckets
	 */
	static TimelineSpan of(TimelineInterval interval, LocalDate from, LocalDate to) {
		if (from.isAfter(to)) {
			throw new BadRequestException("timeline: from (" + from + ") is after to (" + to + ")");
		}
		long buckets = interval.buckets(from, to);
		if (buckets > MAX_BUCKETS) {
			throw new BadRequestException(String.format(Locale.ROOT,
					"timeline: %s to %s by %s is %,d buckets, over the limit of %,d; narrow the span or choose a "
							+ "longer interval",
					from, to, interval, buckets, MAX_BUCKETS));
		}
		LocalDate first = interval.start(from);
		return new TimelineSpan(interval, first, interval.next(interval.start(to)));
	}

	/** Every bucket's first day, in order. */
	List<LocalDate> starts() {
		List<LocalDate> starts = new ArrayList<>();
		for (LocalDate start = this.first; start.isBefore(this.end); start = this.interval.next(start)) {
			starts.add(start);
		}
		return starts;
	}

}
