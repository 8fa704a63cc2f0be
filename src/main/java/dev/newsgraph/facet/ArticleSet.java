package dev.newsgraph.facet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;

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
public final class ArticleSet {

	/** The conditions of a filter, as bits of a mask: a facet may leave its own out. */
	static final int ORGANIZATIONS = 1;

	static final int PEOPLE = 2;

	static final int SOURCE = 4;

	static final int DATES = 8;

	static final int SEARCH = 16;

	private final FacetIndex index;

	private final int[] organizations;

	private final int[] people;

	private final int source;

	private final int fromDay;

	private final int toDay;

	private final BitSet search;

	private final RowsByConditions rows;

	/**
	 * @param organizations ids of organizations every article mentions; -1 for one that
	 * does not exist
	 * @param people ids of people every article quotes or names; -1 for one that does not
	 * exist
	 * @param source the source's id, 0 for none asked, -1 for one that does not exist
	 * @param fromDay the first epoch day, or {@link Integer#MIN_VALUE} for no bound
	 * @param toDay the last epoch day, or {@link Integer#MAX_VALUE} for no bound
	 * @param dated whether the articles must be dated (a date bound was given)
	 * @param search the rows the full-text search matches, or null without one
	 * @param disjunctive whether a facet leaves out its own condition
	 */
	ArticleSet(FacetIndex index, int[] organizations, int[] people, int source, int fromDay, int toDay, boolean dated,
			BitSet search, boolean disjunctive) {
		this.index = index;
		this.organizations = organizations;
		this.people = people;
		this.source = source;
		this.fromDay = fromDay;
		this.toDay = toDay;
		this.search = search;
		int given = ((organizations.length > 0) ? ORGANIZATIONS : 0) | ((people.length > 0) ? PEOPLE : 0)
				| ((source != 0) ? SOURCE : 0) | (dated ? DATES : 0) | ((search != null) ? SEARCH : 0);
		this.rows = new RowsByConditions(given, disjunctive, this::find);
	}

	private int[] find(int applied) {
		int[] candidates = fewest(applied);
		int count = (candidates != null) ? candidates.length : this.index.articles();
		int[] found = new int[count];
		int size = 0;
		for (int i = 0; i < count; i++) {
			int row = (candidates != null) ? candidates[i] : i;
			if (matches(row, applied)) {
				found[size++] = row;
			}
		}
		return Arrays.copyOf(found, size);
	}

	/**
	 * The rows of the organization or person, among those applied, in fewest articles;
	 * null when none is applied.
	 */
	private int[] fewest(int applied) {
		int[] fewest = null;
		if ((applied & ORGANIZATIONS) != 0) {
			fewest = fewest(fewest, this.index.organizationArticles(), this.organizations);
		}
		if ((applied & PEOPLE) != 0) {
			fewest = fewest(fewest, this.index.personArticles(), this.people);
		}
		return fewest;
	}

	private static int[] fewest(int[] fewest, Links rowsById, int[] ids) {
		for (int id : ids) {
			int[] rows = (id > 0 && id < rowsById.starts().length - 1)
					? Arrays.copyOfRange(rowsById.ids(), rowsById.starts()[id], rowsById.starts()[id + 1]) : new int[0];
			if (fewest == null || rows.length < fewest.length) {
				fewest = rows;
			}
		}
		return fewest;
	}

	/** Whether article {@code row} meets the {@code applied} conditions. */
	private boolean matches(int row, int applied) {
		FacetIndex index = this.index;
		if ((applied & DATES) != 0) {
			int day = index.days()[row];
			if (day == FacetIndex.UNDATED || day < this.fromDay || day > this.toDay) {
				return false;
			}
		}
		if ((applied & SOURCE) != 0 && index.sources()[row] != this.source) {
			return false;
		}
		if ((applied & SEARCH) != 0 && !this.search.get(row)) {
			return false;
		}
		if ((applied & ORGANIZATIONS) != 0 && !linksAll(index.organizations(), row, this.organizations)) {
			return false;
		}
		return (applied & PEOPLE) == 0 || linksAll(index.people(), row, this.people);
	}

	private static boolean linksAll(Links links, int row, int[] ids) {
		for (int id : ids) {
			if (!links.contains(row, id)) {
				return false;
			}
		}
		return true;
	}

	/** Calls {@code action} with each row that meets every condition but {@code left}. */
	private void forEach(int left, IntConsumer action) {
		int[] rows = this.rows.leaving(left);
		if (rows == null) {
			for (int row = 0; row < this.index.articles(); row++) {
				action.accept(row);
			}
		}
		else {
			for (int row : rows) {
				action.accept(row);
			}
		}
	}

	/** Articles that meet every condition. */
	int count() {
		int[] rows = this.rows.leaving(0);
		return (rows != null) ? rows.length : this.index.articles();
	}

	List<FacetCount> organizations(int first) {
		int[] counts = new int[this.index.organizationOrder().length];
		forEach(ORGANIZATIONS, (row) -> this.index.organizations().count(row, counts));
		return TopCounts.of(counts, this.index.organizationOrder(), first);
	}

	List<FacetCount> people(int first) {
		int[] counts = new int[this.index.personOrder().length];
		forEach(PEOPLE, (row) -> this.index.people().count(row, counts));
		return TopCounts.of(counts, this.index.personOrder(), first);
	}

	List<FacetCount> sources() {
		int[] counts = new int[this.index.sourceOrder().length];
		forEach(SOURCE, (row) -> counts[this.index.sources()[row]]++);
		counts[0] = 0;
		return TopCounts.of(counts, this.index.sourceOrder(), counts.length);
	}

	/** The years of the dated articles, newest first. */
	List<YearCount> years() {
		return Years.count(this.index, (action) -> forEach(DATES, action), (row) -> this.index.days()[row]);
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
		forEach(DATES, (row) -> {
			int day = this.index.days()[row];
			if (day >= first && day < end) {
				LocalDate date = LocalDate.ofEpochDay(day);
				int month = (date.getYear() - fromYear) * 12 + date.getMonthValue() - 1;
				counts[month]++;
				if (this.index.precisions()[row] == FacetIndex.YEAR) {
					imprecise[month]++;
				}
			}
		});
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
		forEach(0, (row) -> {
			int day = this.index.days()[row];
			if (day != FacetIndex.UNDATED && day >= firstDay && day < endDay) {
				action.accept(day, PRECISIONS[this.index.precisions()[row]], this.index.quoteCounts()[row]);
			}
		});
	}

}
