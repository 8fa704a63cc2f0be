package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The articles folder as listed once, with each file's size and modification time (one
 * {@code stat} per file), and the stamps made of them.
 */
final class ArticleListing {

	/** Files changed this recently may change again within their clock's tick. */
	private static final Duration RACY = Duration.ofSeconds(2);

	private final Map<String, BasicFileAttributes> files;

	private final List<String> names;

	/** In nanoseconds since the epoch. */
	private final long racySince;

	private ArticleListing(Map<String, BasicFileAttributes> files, Instant listed) {
		this.files = files;
		this.names = files.keySet().stream().sorted().toList();
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
		return new ArticleListing(files, listed);
	}

	/** The regular files' names, in order. */
	List<String> names() {
		return this.names;
	}

	boolean contains(String name) {
		return this.files.containsKey(name);
	}

	/**
	 * The sizes and modification times of an article's two files, or null when either is
	 * missing or was written too recently to tell a later write from it, as git's index
	 * does.
	 */
	String stamp(String base) {
		StringBuilder stamp = new StringBuilder();
		for (String name : List.of(base + ".yaml", base + ".txt")) {
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

}
