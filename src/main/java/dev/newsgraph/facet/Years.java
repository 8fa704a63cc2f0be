package dev.newsgraph.facet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/** The years facet: counts by year of publication, newest first. */
final class Years {

	private Years() {
	}

	/**
	 * @param rows calls its argument with each row (article or quote) that counts
	 * @param dayOf a row's publication date as an epoch day, {@link FacetIndex#UNDATED}
	 * without
	 */
	static List<YearCount> count(FacetIndex index, Consumer<IntConsumer> rows, IntUnaryOperator dayOf) {
		int[] counts = new int[index.lastYear() - index.firstYear() + 1];
		rows.accept((row) -> {
			int day = dayOf.applyAsInt(row);
			if (day != FacetIndex.UNDATED) {
				counts[LocalDate.ofEpochDay(day).getYear() - index.firstYear()]++;
			}
		});
		List<YearCount> years = new ArrayList<>();
		for (int i = counts.length - 1; i >= 0; i--) {
			if (counts[i] > 0) {
				years.add(new YearCount(index.firstYear() + i, counts[i]));
			}
		}
		return years;
	}

}
