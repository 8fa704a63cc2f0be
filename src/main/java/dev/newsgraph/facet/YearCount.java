package dev.newsgraph.facet;

/** {@code YearCount}: the articles or quotes of one year. */
record YearCount(int year, int count) {
}
