package dev.newsgraph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The problems found in a seed folder, collected as they are found so that one run
 * reports them all, and the checks every file shares. Each check returns whether it
 * passed, so a caller can write {@code valid &= ...} and go on checking.
 */
final class SeedProblems {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final List<SeedProblem> problems = new ArrayList<>();

	private final List<SeedProblem> warnings = new ArrayList<>();

	/**
	 * Records a problem; returns false so callers can write {@code valid = problem(...)}.
	 */
	boolean problem(String file, int line, String message) {
		this.problems.add(new SeedProblem(file, line, message));
		return false;
	}

	/**
	 * Records what a curator probably missed but which does not make the folder wrong
	 * ({@link CuratorWarnings}).
	 */
	void warning(String file, int line, String message) {
		this.warnings.add(new SeedProblem(file, line, message));
	}

	/** Turns every warning into a problem: {@code --strict}. */
	void warningsAreProblems() {
		this.problems.addAll(this.warnings);
		this.warnings.clear();
	}

	/** By file, then line. */
	List<SeedProblem> warnings() {
		return this.warnings.stream().sorted().toList();
	}

	boolean checkSlug(String file, int line, String kind, String slug, Set<String> seen) {
		if (slug == null) {
			return problem(file, line, kind + " without a slug");
		}
		if (!SLUG.matcher(slug).matches()) {
			return problem(file, line,
					kind + " slug '" + slug + "' must be lower-case letters and digits joined by single hyphens");
		}
		if (!seen.add(slug)) {
			return problem(file, line, "duplicate " + kind + " slug '" + slug + "'");
		}
		return true;
	}

	boolean require(String file, int line, String what, String field, String value) {
		return (value != null && !value.isBlank()) || problem(file, line, what + ": " + field + " is missing");
	}

	boolean matches(String file, int line, String what, String field, String value, Pattern pattern, String expected) {
		return value == null || pattern.matcher(value).matches()
				|| problem(file, line, what + ": " + field + " '" + value + "' must be " + expected);
	}

	boolean isEmpty() {
		return this.problems.isEmpty();
	}

	/** By file, then line. */
	List<SeedProblem> sorted() {
		return this.problems.stream().sorted().toList();
	}

}
