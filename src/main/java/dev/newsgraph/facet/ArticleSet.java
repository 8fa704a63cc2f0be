package dev.newsgraph.facet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The articles an {@code ArticleFilter} matches, as conditions on the rows of a
 * {@link FacetIndex}, and the counts over them. A facet leaves out the condition on what
 * it counts when the set is disjunctive.
 *
 * @param organizations ids of organizations every article mentions; -1 for one that does
 * not exist
 * @param people ids of people every article quotes or names; -1 for one that does not
 * exist
 * @param source the source's id, 0 for none asked, -1 for one that does not exist
 * @param fromDay the first epoch day, or {@link Integer#MIN_VALUE} for no bound
 * @param toDay the last epoch day, or {@link Integer#MAX_VALUE} for no bound
 * @param dated whether the articles must be dated (a date bound was given)
 * @param search the rows the full-text search matches, or null without one
 */
public record ArticleSet(FacetIndex index, int[] organizations, int[] people, int source, int fromDay, int toDay,
		boolean dated, BitSet search, boolean disjunctive) {

	/** A condition of the filter, which a facet may leave out. */
	enum Condition {

		NONE, ORGANIZATIONS, PEOPLE, SOURCE, DATES

	}

	/** Whether article {@code row} meets every condition but {@code left}. */
	boolean matches(int row, Condition left) {
		if (!this.disjunctive) {
			left = Condition.NONE;
		}
		FacetIndex index = this.index;
		if (left != Condition.DATES && this.dated) {
			int day = index.days()[row];
			if (day == FacetIndex.UNDATED || day < this.fromDay || day > this.toDay) {
				return false;
			}
		}
		if (left != Condition.SOURCE && this.source != 0 && index.sources()[row] != this.source) {
			return false;
		}
		if (this.search != null && !this.search.get(row)) {
			return false;
		}
		if (left != Condition.ORGANIZATIONS && !linksAll(index.organizations(), row, this.organizations)) {
			return false;
		}
		return left == Condition.PEOPLE || linksAll(index.people(), row, this.people);
	}

	private static boolean linksAll(Links links, int row, int[] ids) {
		for (int id : ids) {
			if (!links.contains(row, id)) {
				return false;
			}
		}
		return true;
	}

	/** Articles that meet every condition. */
	int count() {
		int count = 0;
		for (int row = 0; row < this.index.articles(); row++) {
			if (matches(row, Condition.NONE)) {
				count++;
			}
		}
		return count;
	}

	List<FacetCount> organizations(int first) {
		int[] counts = new int[this.index.organizationOrder().length];
		for (int row = 0; row < this.index.articles(); row++) {
			if (matches(row, Condition.ORGANIZATIONS)) {
				this.index.organizations().count(row, counts);
			}
		}
		return TopCounts.of(counts, this.index.organizationOrder(), first);
	}

	List<FacetCount> people(int first) {
		int[] counts = new int[this.index.personOrder().length];
		for (int row = 0; row < this.index.articles(); row++) {
			if (matches(row, Condition.PEOPLE)) {
				this.index.people().count(row, counts);
			}
		}
		return TopCounts.of(counts, this.index.personOrder(), first);
	}

	List<FacetCount> sources() {
		int[] counts = new int[this.index.sourceOrder().length];
		for (int row = 0; row < this.index.articles(); row++) {
			if (matches(row, Condition.SOURCE)) {
				counts[this.index.sources()[row]]++;
			}
		}
		counts[0] = 0;
		return TopCounts.of(counts, this.index.sourceOrder(), counts.length);
	}

	/** The years of the dated articles, newest first. */
	List<YearCount> years() {
		return Years.count(this.index, this.index.articles(), (row) -> matches(row, Condition.DATES),
				(row) -> this.index.days()[row]);
	}

	/**
	 * Every month of the years {@code fromYear} to {@code toYear}, in order, empty ones
	 * included. An article dated by its year alone counts in January.
	 */
	List<MonthCount> months(int fromYear, int toYear) {
		int months = (toYear - fromYear + 1) * 12;
		int[] counts = new int[months];
		int[] imprecise = new int[months];
		int first = (int) LocalDate.of(fromYear, 1, 1).toEpochDay();
		int end = (int) LocalDate.of(toYear + 1, 1, 1).toEpochDay();
		for (int row = 0; row < this.index.articles(); row++) {
			int day = this.index.days()[row];
			if (day >= first && day < end && matches(row, Condition.DATES)) {
				LocalDate date = LocalDate.ofEpochDay(day);
				int month = (date.getYear() - fromYear) * 12 + date.getMonthValue() - 1;
				counts[month]++;
				if (this.index.precisions()[row] == FacetIndex.YEAR) {
					imprecise[month]++;
				}
			}
		}
		List<MonthCount> list = new ArrayList<>(months);
		for (int month = 0; month < months; month++) {
			list.add(new MonthCount(LocalDate.of(fromYear + month / 12, month % 12 + 1, 1), counts[month],
					imprecise[month]));
		}
		return list;
	}

	/** An article of a set, as a timeline counts it. */
	@FunctionalInterface
	public interface DatedArticle {

		/**
		 * @param day the publication date, as an epoch day
		 * @param precision how precisely it is known: "DAY", "MONTH" or "YEAR"
		 * @param quotes the quotes in the article
		 */
		void accept(int day, String precision, int quotes);

	}

	private static final String[] PRECISIONS = { "DAY", "MONTH", "YEAR" };

	/**
	 * Each article that meets every condition and is dated from {@code first} to the day
	 * before {@code end}.
	 */
	public void forEachDated(LocalDate first, LocalDate end, DatedArticle action) {
		int firstDay = (int) first.toEpochDay();
		int endDay = (int) end.toEpochDay();
		for (int row = 0; row < this.index.articles(); row++) {
			int day = this.index.days()[row];
			if (day != FacetIndex.UNDATED && day >= firstDay && day < endDay && matches(row, Condition.NONE)) {
				action.accept(day, PRECISIONS[this.index.precisions()[row]], this.index.quoteCounts()[row]);
			}
		}
	}

}
