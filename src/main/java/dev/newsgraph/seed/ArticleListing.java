package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.newsgraph.seed.SeedFolderReader.LoadedArticle;

/**
 * The articles folder as listed once, with each file's size and modification time (one
 * {@code stat} per file), and the stamps made of them.
 */
final class ArticleListing {

	/** Files changed this recently may change again within their clock's tick. */
	private static final Duration RACY = Duration.ofSeconds(2);

	private static final String ANNOTATION = ".yaml";

	private static final String TEXT = ".txt";

	/** The files looked at, by name. */
	private final Map<String, BasicFileAttributes> files;

	/** The stamps of articles whose files were not looked at again, by base name. */
	private final Map<String, String> knownStamps;

	/** In nanoseconds since the epoch. */
	private final long racySince;

	private ArticleListing(Map<String, BasicFileAttributes> files, Map<String, String> knownStamps, Instant listed) {
		this.files = files;
		this.knownStamps = knownStamps;
		this.racySince = TimeUnit.SECONDS.toNanos(listed.minus(RACY).getEpochSecond());
	}

	static ArticleListing of(Path folder) throws IOException {
		Instant listed = Instant.now();
		Map<String, BasicFileAttributes> files = new HashMap<>();
		Files.walkFileTree(folder, Set.of(), 1, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile()) {
					files.put(file.getFileName().toString(), attributes);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return new ArticleListing(files, Map.of(), listed);
	}

	/**
	 * The folder as it stands after changes to some files only, known from file events:
	 * those files and the files of articles without a stamp are looked at; the other
	 * articles the last load read are taken to be as it left them.
	 * @param touched the names of the files created, changed or deleted since that load
	 * @param loaded the articles that load left, by text file name
	 */
	static ArticleListing after(Path folder, Set<String> touched, Map<String, LoadedArticle> loaded) {
		Instant listed = Instant.now();
		Set<String> looked = new HashSet<>(touched);
		Map<String, String> knownStamps = new HashMap<>(loaded.size() * 2);
		loaded.forEach((textFile, article) -> {
			String base = base(textFile, TEXT);
			if (article.stamp() == null || touched.contains(base + ANNOTATION) || touched.contains(textFile)) {
				looked.add(base + ANNOTATION);
				looked.add(textFile);
			}
			else {
				knownStamps.put(base, article.stamp());
			}
		});
		Map<String, BasicFileAttributes> files = new HashMap<>();
		for (String name : looked) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(folder.resolve(name), BasicFileAttributes.class);
				if (attributes.isRegularFile()) {
					files.put(name, attributes);
				}
			}
			catch (IOException ex) {
				// gone since: not listed
			}
		}
		return new ArticleListing(files, knownStamps, listed);
	}

	/** The base names of the articles, those with an annotation file, in order. */
	List<String> articles() {
		List<String> bases = new ArrayList<>(this.knownStamps.size() + this.files.size() / 2);
		bases.addAll(this.knownStamps.keySet());
		this.files.keySet()
			.stream()
			.filter((name) -> name.endsWith(ANNOTATION))
			.map((name) -> base(name, ANNOTATION))
			.forEach(bases::add);
		bases.sort(null);
		return bases;
	}

	/** The text files without an annotation file beside them. */
	List<String> textsWithoutAnnotation() {
		return this.files.keySet()
			.stream()
			.filter((name) -> name.endsWith(TEXT) && !this.files.containsKey(base(name, TEXT) + ANNOTATION)
					&& !this.knownStamps.containsKey(base(name, TEXT)))
			.sorted()
			.toList();
	}

	/**
	 * The sizes and modification times of an article's two files, or null when either is
	 * missing or was written too recently to tell a later write from it, as git's index
	 * does.
	 */
	String stamp(String base) {
		String known = this.knownStamps.get(base);
		if (known != null) {
			return known;
		}
		StringBuilder stamp = new StringBuilder();
		for (String name : List.of(base + ANNOTATION, base + TEXT)) {
			BasicFileAttributes attributes = this.files.get(name);
			if (attributes == null) {
				return null;
			}
			long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
			if (modified >= this.racySince) {
				return null;
			}
			stamp.append((stamp.length() > 0) ? " " : "").append(attributes.size()).append('@').append(modified);
		}
		return stamp.toString();
	}

	/** A file's name without its extension. */
	static String base(String name, String extension) {
		return name.substring(0, name.length() - extension.length());
	}

}
