package dev.newsgraph.facet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The largest counts of a facet, ties in name order. */
final class TopCounts {

	private TopCounts() {
	}

	/**
	 * @param counts by id, how many articles or quotes have it
	 * @param nameOrder by id, its place in name order
	 * @param first how many to keep
	 * @return the ids with the largest counts, most first; none of count 0
	 */
	static List<FacetCount> of(int[] counts, int[] nameOrder, int first) {
		Comparator<FacetCount> better = Comparator.comparingInt(FacetCount::count)
			.reversed()
			.thenComparingInt((count) -> nameOrder[(int) count.id()]);
		// the kept ones, worst at the head
		PriorityQueue<FacetCount> kept = new PriorityQueue<>(better.reversed());
		for (int id = 0; id < counts.length && first > 0; id++) {
			if (counts[id] == 0) {
				continue;
			}
			FacetCount count = new FacetCount(id, counts[id]);
			if (kept.size() < first) {
				kept.add(count);
			}
			else if (better.compare(count, kept.peek()) < 0) {
				kept.poll();
				kept.add(count);
			}
		}
		List<FacetCount> top = new ArrayList<>(kept);
		top.sort(better);
		return top;
	}

}
