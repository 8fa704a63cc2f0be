package dev.newsgraph.seed;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * What a curator probably missed in one article, told as warnings that do not fail the
 * load ({@code --strict} makes them problems): an organization whose alias occurs in the
 * body but which the annotation does not list (its mentions are then left out), a person
 * whose full name occurs but who is not listed, and quotation marks around a passage that
 * no quote claims.
 */
final class CuratorWarnings {

	/** How much of an unclaimed quotation a warning shows. */
	private static final int EXCERPT = 40;

	private final String textFile;

	private final String body;

	private final IntUnaryOperator lineOfBodyIndex;

	private final SeedProblems problems;

	CuratorWarnings(String textFile, String body, IntUnaryOperator lineOfBodyIndex, SeedProblems problems) {
		this.textFile = textFile;
		this.body = body;
		this.lineOfBodyIndex = lineOfBodyIndex;
		this.problems = problems;
	}

	void organizations(MentionFinder.Result found, Set<String> listed) {
		Set<String> told = new LinkedHashSet<>();
		for (MentionFinder.Match match : found.mentions()) {
			if (!listed.contains(match.organization()) && told.add(match.organization())) {
				warn(match.start(), "organization " + match.organization() + " occurs here as '" + match.alias()
						+ "' but the annotation does not list it, so this mention is left out");
			}
		}
	}

	void people(MentionFinder.Result found, Set<String> listed) {
		Set<String> told = new LinkedHashSet<>();
		for (MentionFinder.Match match : found.people()) {
			if (!listed.contains(match.organization()) && told.add(match.organization())) {
				warn(match.start(),
						"person " + match.organization() + " is named here but the annotation does not list them");
			}
		}
	}

	/**
	 * Pairs quotation marks (curly, or straight in turn) within each paragraph.
	 * @param claimed the quotes' spans in the body, as {start, end} char offsets
	 */
	void quotationMarks(List<int[]> claimed) {
		int open = -1;
		char closing = 0;
		for (int i = 0; i < this.body.length(); i++) {
			char c = this.body.charAt(i);
			if (c == '\n') {
				// a quotation runs within a paragraph; one left open there continues in
				// the
				// next, or was cut off, and is not paired across
				open = -1;
			}
			else if (open < 0 && (c == '\u201C' || c == '"')) {
				open = i;
				closing = (c == '"') ? '"' : '\u201D';
			}
			else if (open >= 0 && c == closing) {
				int start = open + 1;
				int end = i;
				if (end > start && claimed.stream().noneMatch((span) -> span[0] < end && span[1] > start)) {
					String quoted = this.body.substring(start, end);
					warn(open,
							"quotation marks hold \""
									+ ((quoted.length() > EXCERPT) ? quoted.substring(0, EXCERPT) + "…" : quoted)
									+ "\" but no quote claims it");
				}
				open = -1;
			}
		}
	}

	private void warn(int bodyIndex, String message) {
		this.problems.warning(this.textFile, this.lineOfBodyIndex.applyAsInt(bodyIndex), message);
	}

}
