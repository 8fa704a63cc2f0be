package dev.newsgraph.seed;

import java.time.LocalDate;

/**
 * When an article was published, as precisely as the curator knows it.
 *
 * @param date the first day of the period
 * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
 */
record PublicationDate(LocalDate date, String precision) {

	static PublicationDate parse(String value) {
		String[] parts = value.split("-", -1);
		if (parts.length > 3 || !value.matches("\\d{4}(-\\d{2}){0,2}")) {
			throw new IllegalArgumentException("not of that form");
		}
		int year = Integer.parseInt(parts[0]);
		int month = (parts.length > 1) ? Integer.parseInt(parts[1]) : 1;
		int day = (parts.length > 2) ? Integer.parseInt(parts[2]) : 1;
		return new PublicationDate(LocalDate.of(year, month, day), switch (parts.length) {
			case 1 -> "YEAR";
			case 2 -> "MONTH";
			default -> "DAY";
		});
	}

}
