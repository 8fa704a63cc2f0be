package dev.newsgraph.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The word and name lists of {@code src/main/resources/synthetic/}: English words, most
 * frequent first, and given and family names. Every character is in the Basic
 * Multilingual Plane, so an index into generated text counts code points, as PostgreSQL
 * counts offsets.
 */
record Words(List<String> vocabulary, List<String> givenNames, List<String> familyNames) {

	static Words load() {
		return new Words(read("words.txt"), read("first-names.txt"), read("surnames.txt"));
	}

	private static List<String> read(String name) {
		try (InputStream in = Words.class.getResourceAsStream("/synthetic/" + name)) {
			if (in == null) {
				throw new IllegalStateException("synthetic/" + name + " is missing from the class path");
			}
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(String::strip)
				.toList();
			for (String line : lines) {
				if (line.codePointCount(0, line.length()) != line.length()) {
					throw new IllegalStateException("synthetic/" + name + ": '" + line + "' is outside the BMP");
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
