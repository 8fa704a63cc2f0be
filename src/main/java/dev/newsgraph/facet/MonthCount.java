package dev.newsgraph.facet;

import java.time.LocalDate;

/**
 * {@code MonthCount}: the articles of one month.
 *
 * @param start the month's first day
 * @param impreciseCount of those, the articles dated by their year alone
 */
record MonthCount(LocalDate start, int count, int impreciseCount) {
}
