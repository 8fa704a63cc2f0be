package dev.newsgraph.facet;

import java.time.LocalDate;

/** The days from {@code from} to {@code to}, both included. */
public record DateWindow(LocalDate from, LocalDate to) {
}
