package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.newsgraph.facet.ArticleSet;

/**
 * The timeline of any filtered set of articles ({@code Query.timeline}), counted over the
 * facet index's columns: one pass, whatever the filter.
 */
final class ArticleSetTimeline {

	private ArticleSetTimeline() {
	}

	static List<TimelineBucket> of(ArticleSet articles, TimelineSpan span) {
		List<LocalDate> starts = span.starts();
		long[] startDays = starts.stream().mapToLong(LocalDate::toEpochDay).toArray();
		int[] counts = new int[starts.size()];
		int[] imprecise = new int[starts.size()];
		int[] quotes = new int[starts.size()];
		articles.forEachDated(span.first(), span.end(), (day, precision, quoteCount) -> {
			int found = Arrays.binarySearch(startDays, day);
			// a day inside a bucket is found as the insertion point after its start
			int bucket = (found >= 0) ? found : -found - 2;
			counts[bucket]++;
			quotes[bucket] += quoteCount;
			if (span.interval().coarser().contains(precision)) {
				imprecise[bucket]++;
			}
		});
		List<TimelineBucket> buckets = new ArrayList<>(starts.size());
		for (int i = 0; i < starts.size(); i++) {
			buckets.add(new TimelineBucket(starts.get(i), counts[i], imprecise[i], quotes[i], null));
		}
		return buckets;
	}

}
