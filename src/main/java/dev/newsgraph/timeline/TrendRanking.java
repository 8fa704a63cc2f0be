package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.newsgraph.facet.DateWindow;
import dev.newsgraph.facet.FacetIndexes;
import dev.newsgraph.facet.WindowCounts;

/**
 * Trends counted over the facet index: both windows in one pass over the articles' dates,
 * then each organization's and person's ratio.
 */
@Component
class TrendRanking {

	private final FacetIndexes indexes;

	TrendRanking(FacetIndexes indexes) {
		this.indexes = indexes;
	}

	/**
	 * The two windows and what their dated articles hold.
	 */
	record Windows(WindowCounts window, WindowCounts baseline) {

		long articles() {
			return this.window.articles();
		}

		long baselineArticles() {
			return this.baseline.articles();
		}

	}

	Windows windows(LocalDate from, LocalDate to, LocalDate baselineFrom, LocalDate baselineTo) {
		List<WindowCounts> counts = this.indexes
			.windows(List.of(new DateWindow(from, to), new DateWindow(baselineFrom, baselineTo)));
		return new Windows(counts.get(0), counts.get(1));
	}

	List<Trend> organizations(Windows windows, int first) {
		return trends(windows, windows.window().organizations(), windows.baseline().organizations(), first);
	}

	List<Trend> people(Windows windows, int first) {
		return trends(windows, windows.window().people(), windows.baseline().people(), first);
	}

	/**
	 * @param found by id, the window's articles of each organization or person
	 * @param baseline by id, the baseline's
	 */
	private static List<Trend> trends(Windows windows, int[] found, int[] baseline, int first) {
		double total = Math.max(windows.articles(), 1);
		double baselineTotal = Math.max(windows.baselineArticles(), 1);
		List<Trend> trends = new ArrayList<>();
		for (int id = 0; id < found.length; id++) {
			if (found[id] > 0) {
				double ratio = (found[id] / total) / (Math.max(baseline[id], 1) / baselineTotal);
				trends.add(new Trend(id, found[id], baseline[id], ratio));
			}
		}
		trends.sort(Comparator.comparingDouble(Trend::ratio)
			.reversed()
			.thenComparing(Comparator.comparingInt(Trend::articles).reversed())
			.thenComparingLong(Trend::parent));
		return trends.subList(0, Math.min(first, trends.size()));
	}

}
