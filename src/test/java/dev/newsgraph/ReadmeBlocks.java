package dev.newsgraph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's fenced blocks, read as a test plan: shell blocks to run, GraphQL examples
 * followed by a JSON excerpt of their result, files to write, and blocks marked not to
 * run. A directive is an HTML comment on the line before the fence:
 * {@code <!-- readme-test: skip REASON -->}, {@code <!-- readme-test: file PATH -->} or
 * {@code <!-- readme-test: needs npm -->}.
 */
final class ReadmeBlocks {

	private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\w*)\\s*$");

	private static final Pattern DIRECTIVE = Pattern.compile("^\\s*<!-- readme-test: (.+?) -->\\s*$");

	private static final Pattern MAVEN_RUN = Pattern
		.compile("\\./mvnw -q spring-boot:run -Dspring-boot\\.run\\.arguments=\"([^\"]*)\"");

	private static final Pattern EXPECTED_EXIT = Pattern.compile("^(.*?)\\s+# exits (\\d+)\\b.*$");

	private static final Pattern EXPECTED_OUTPUT = Pattern.compile("^(.*?)\\s+# prints (\\S+).*$");

	/**
	 * A JSON member whose value is a scalar, in an excerpt that is not JSON as a whole.
	 */
	private static final Pattern MEMBER = Pattern
		.compile("\"(\\w+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?|true|false|null)");

	private static final JsonMapper json = JsonMapper.builder().build();

	private ReadmeBlocks() {
	}

	enum Kind {

		SHELL, GRAPHQL_EXAMPLE, FILE, SKIPPED

	}

	/**
	 * @param kind what the test does with it
	 * @param directive the marker before it, or an empty string
	 * @param text the block's lines, without the fence's indentation
	 * @param expected for a GraphQL example, the JSON excerpt that follows it
	 * @param line the line of its opening fence in the README
	 */
	record Block(Kind kind, String directive, String text, String expected, int line) {

		String title() {
			String first = this.text.lines().findFirst().orElse("").strip();
			return "README.md:" + this.line + " " + this.kind.name().toLowerCase() + ": "
					+ ((first.length() > 70) ? first.substring(0, 70) + "…" : first);
		}

	}

	private record Fenced(String language, String directive, String text, int line) {
	}

	static List<Block> parse(String readme) {
		List<Fenced> fenced = fencedBlocks(readme);
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < fenced.size(); i++) {
			Fenced block = fenced.get(i);
			if (block.directive().startsWith("skip")) {
				blocks.add(new Block(Kind.SKIPPED, block.directive(), block.text(), null, block.line()));
			}
			else if (block.directive().startsWith("file ")) {
				blocks.add(new Block(Kind.FILE, block.directive(), block.text(), null, block.line()));
			}
			else if (block.language().equals("shell")) {
				blocks.add(new Block(Kind.SHELL, block.directive(), block.text(), null, block.line()));
			}
			else if (block.language().equals("graphql") && i + 1 < fenced.size()
					&& fenced.get(i + 1).language().equals("json")) {
				blocks.add(new Block(Kind.GRAPHQL_EXAMPLE, block.directive(), block.text(), fenced.get(i + 1).text(),
						block.line()));
			}
		}
		return blocks;
	}

	private static List<Fenced> fencedBlocks(String readme) {
		List<String> lines = readme.lines().toList();
		List<Fenced> blocks = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Matcher open = FENCE.matcher(lines.get(i));
			if (!open.matches()) {
				continue;
			}
			String indent = open.group(1);
			int previous = i - 1;
			while (previous >= 0 && lines.get(previous).isBlank()) {
				previous--;
			}
			Matcher directive = (previous >= 0) ? DIRECTIVE.matcher(lines.get(previous)) : null;
			StringBuilder text = new StringBuilder();
			int start = i + 1;
			for (i = i + 1; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
				String line = lines.get(i);
				text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
			}
			blocks.add(new Fenced(open.group(2), (directive != null && directive.matches()) ? directive.group(1) : "",
					text.toString(), start));
		}
		return blocks;
	}

	/**
	 * A shell block as a script: the service's port for 8080, the jar for
	 * {@code ./mvnw spring-boot:run} with arguments (the same program), curl failing on
	 * an HTTP error, and {@code # exits N} and {@code # prints WORD} checked.
	 */
	static String script(String block, int port) {
		StringBuilder script = new StringBuilder("""
				set -euo pipefail
				curl() { command curl --fail-with-body "$@"; }
				""");
		String joined = block.replace("\\\n", " ");
		for (String line : joined.lines().toList()) {
			String command = MAVEN_RUN.matcher(line.replace("localhost:8080", "localhost:" + port))
				.replaceAll("java -jar target/newsgraph-0.1.0-SNAPSHOT.jar $1");
			Matcher exit = EXPECTED_EXIT.matcher(command);
			Matcher output = EXPECTED_OUTPUT.matcher(command);
			if (output.matches()) {
				script.append(checked("out=$(" + output.group(1) + ")", "\"$out\" = '" + output.group(2) + "'",
						"output " + output.group(2) + ", got $out"));
			}
			else if (exit.matches()) {
				script.append(checked("if " + exit.group(1) + "; then rc=0; else rc=$?; fi",
						"\"$rc\" -eq " + exit.group(2), "exit " + exit.group(2) + ", got $rc"));
			}
			else {
				script.append(command).append('\n');
			}
		}
		return script.toString();
	}

	/**
	 * A command, then a test of what it did that fails the script with what was expected.
	 */
	private static String checked(String command, String test, String expected) {
		return command + "; [ " + test + " ] || { echo \"expected " + expected + "\" >&2; exit 1; }\n";
	}

	/**
	 * Every scalar member of the excerpt is in the result: a string with "…" as the parts
	 * between the ellipses, a decimal to the digits shown.
	 */
	static void assertExcerpt(String excerpt, JsonNode result) {
		Map<String, List<JsonNode>> leaves = new HashMap<>();
		collectLeaves(null, result, leaves);
		Matcher member = MEMBER.matcher(excerpt);
		int checked = 0;
		while (member.find()) {
			String key = member.group(1);
			JsonNode expected = json.readTree(member.group(2));
			List<JsonNode> actual = leaves.getOrDefault(key, List.of());
			assertThat(actual).as("\"%s\": %s in the result %s", key, member.group(2), result)
				.anySatisfy((value) -> assertThat(matches(expected, value)).isTrue());
			checked++;
		}
		assertThat(checked).as("values in the excerpt %s", excerpt).isPositive();
	}

	private static boolean matches(JsonNode expected, JsonNode actual) {
		if (expected.isString() && actual.isString()) {
			String text = actual.asString();
			if (!expected.asString().contains("…")) {
				return text.equals(expected.asString());
			}
			int from = 0;
			for (String part : expected.asString().split("…")) {
				int at = text.indexOf(part.strip(), from);
				if (at < 0) {
					return false;
				}
				from = at + part.strip().length();
			}
			return true;
		}
		if (expected.isNumber() && actual.isNumber()) {
			BigDecimal shown = expected.decimalValue();
			return actual.decimalValue()
				.setScale(Math.max(shown.scale(), 0), RoundingMode.HALF_UP)
				.compareTo(shown) == 0;
		}
		return expected.equals(actual);
	}

	private static void collectLeaves(String key, JsonNode node, Map<String, List<JsonNode>> leaves) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> collectLeaves(entry.getKey(), entry.getValue(), leaves));
		}
		else if (node.isArray()) {
			node.forEach((element) -> collectLeaves(key, element, leaves));
		}
		else if (key != null) {
			leaves.computeIfAbsent(key, (k) -> new ArrayList<>()).add(node);
		}
	}

}
