package dev.newsgraph.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A seed folder with defects: all of them, so a curator fixes them in one pass.
 */
public class SeedValidationException extends RuntimeException {

	private final List<SeedProblem> problems;

	SeedValidationException(Path folder, List<SeedProblem> problems) {
		super(problems.size() + ((problems.size() == 1) ? " problem" : " problems") + " in seed folder " + folder
				+ ":\n" + problems.stream().map((problem) -> "  " + problem).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<SeedProblem> getProblems() {
		return this.problems;
	}

}
