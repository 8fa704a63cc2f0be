package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the files of a seed folder: YAML with the line of each problem, texts checked
 * against their recorded SHA-256 and decoded as strict UTF-8.
 */
final class SeedFileReader {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Path folder;

	private final SeedProblems problems;

	SeedFileReader(Path folder, SeedProblems problems) {
		this.folder = folder;
		this.problems = problems;
	}

	Path folder() {
		return this.folder;
	}

	/**
	 * The file's content; or null after reporting, against {@code reportedFile}, that it
	 * is missing or cannot be read.
	 */
	byte[] readBytes(String file, String reportedFile, String missing) {
		Path path = this.folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			this.problems.problem(reportedFile, 0, missing);
			return null;
		}
		try {
			byte[] content = Files.readAllBytes(path);
			return content;
		}
		catch (IOException ex) {
			this.problems.problem(file, 0, "cannot read: " + ex.getMessage());
			return null;
		}
	}

	/** The parsed content, or null after reporting why not. */
	<T> T parseYaml(String file, byte[] content, Class<T> type) {
		try {
			T value = yaml.readValue(content, type);
			if (value == null) {
				this.problems.problem(file, 0, "file is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			this.problems.problem(file, Math.max(line, 0), "invalid YAML: " + yamlProblem(ex.getOriginalMessage()));
			return null;
		}
	}

	/** SnakeYAML's multi-line report (with echoed source and carets) on one line. */
	private static String yamlProblem(String message) {
		return message.lines()
			.filter((line) -> !line.isBlank() && (!line.startsWith(" ") || line.startsWith(" in reader, ")))
			.map((line) -> line.startsWith(" in reader, ")
					? "(" + line.substring(" in reader, ".length()).replaceAll(":$", "") + ")" : line)
			.collect(Collectors.joining(" "));
	}

	/** The text, or null after reporting why not (changed, not UTF-8). */
	String decodeText(String file, byte[] content, String expectedSha256, String annotationFile) {
		String actual = HexFormat.of().formatHex(sha256().digest(content));
		if (expectedSha256 == null || !SHA256.matcher(expectedSha256).matches()) {
			this.problems.problem(annotationFile, lineOf(annotationFile, "sha256:"),
					"sha256 must be the 64 hex digits of the text's SHA-256 (it is " + actual + ")");
			return null;
		}
		if (!actual.equals(expectedSha256)) {
			this.problems.problem(file, 0, "text changed: its SHA-256 is " + actual + " but " + annotationFile
					+ " records " + expectedSha256 + "; texts are kept byte-for-byte as received");
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			this.problems.problem(file, 0, "not valid UTF-8");
			return null;
		}
	}

	/** The line of the first top-level key in a YAML file, for problems with that key. */
	int lineOf(String file, String key) {
		try {
			List<String> lines = Files.readAllLines(this.folder.resolve(file), StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(key)) {
					return i + 1;
				}
			}
		}
		catch (IOException ex) {
			// the file was read a moment ago; fall back to naming the file alone
		}
		return 0;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
