package dev.newsgraph.seed;

/**
 * One defect in a seed folder.
 *
 * @param file path of the file, relative to the seed folder
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong
 */
public record SeedProblem(String file, int line, String message) implements Comparable<SeedProblem> {

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line + ": " + this.message : this.file + ": " + this.message;
	}

	@Override
	public int compareTo(SeedProblem other) {
		int byFile = this.file.compareTo(other.file);
		return (byFile != 0) ? byFile : Integer.compare(this.line, other.line);
	}

}
