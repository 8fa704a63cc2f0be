package dev.newsgraph.seed;

import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.MentionRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;

/**
 * Resolves one article against the registries: metadata, the organizations its body
 * mentions (with their spans), the people it names, and each quote located verbatim in
 * the body. Problems go to the folder's {@link SeedProblems}; the article is null if it
 * has any.
 */
final class ArticleAnnotator {

	private final String annotationFile;

	private final String textFile;

	private final SeedFiles.Article annotation;

	private final String text;

	private final ArticleReferences references;

	private final SeedProblems problems;

	private final SeedFileReader files;

	private final String fingerprint;

	private final String title;

	private final int bodyStart;

	private final String body;

	private boolean valid = true;

	private final CuratorWarnings warnings;

	/** The organizations and people found in the body. */
	private MentionFinder.Result found;

	/** The quotes' spans in the body, as char offsets, for {@link CuratorWarnings}. */
	private final List<int[]> claimed = new ArrayList<>();

	ArticleAnnotator(String annotationFile, String textFile, SeedFiles.Article annotation, String text,
			String fingerprint, ArticleReferences references, SeedProblems problems, SeedFileReader files) {
		this.annotationFile = annotationFile;
		this.textFile = textFile;
		this.annotation = annotation;
		this.text = text;
		this.fingerprint = fingerprint;
		this.references = references;
		this.problems = problems;
		this.files = files;
		int firstLineEnd = text.indexOf('\n');
		String firstLine = (firstLineEnd >= 0) ? text.substring(0, firstLineEnd) : text;
		this.bodyStart = bodyStart(text, firstLineEnd);
		this.body = text.substring(this.bodyStart);
		this.title = title(annotation.title(), firstLine, this.bodyStart == 0);
		this.warnings = new CuratorWarnings(textFile, this.body, this::textLine, problems);
	}

	/**
	 * The annotation's title when it gives one; else the first line when it is a
	 * headline, or its first sentence when it is the opening paragraph.
	 */
	static String title(String annotated, String firstLine, boolean firstLineIsParagraph) {
		if (annotated != null) {
			return annotated.strip();
		}
		String title = firstLineIsParagraph ? firstSentence(firstLine) : firstLine;
		// trailing spaces, no-break ones too, are not part of a title
		return title.replaceAll("[\\s\u00A0]+$", "");
	}

	private static String firstSentence(String paragraph) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		sentences.setText(paragraph);
		int end = sentences.next();
		return (end == BreakIterator.DONE) ? paragraph : paragraph.substring(0, end);
	}

	/**
	 * After the blank line that follows the title; the whole text when no blank line
	 * follows it, because then the first line is the opening paragraph.
	 */
	private static int bodyStart(String text, int firstLineEnd) {
		if (firstLineEnd < 0) {
			return 0;
		}
		int at = firstLineEnd + 1;
		int lineEnd = text.indexOf('\n', at);
		if (lineEnd < 0 || !text.substring(at, lineEnd).isBlank()) {
			return 0;
		}
		while (lineEnd >= 0 && text.substring(at, lineEnd).isBlank()) {
			at = lineEnd + 1;
			lineEnd = text.indexOf('\n', at);
		}
		return at;
	}

	ArticleRow annotate() {
		if (this.annotation.title() != null && this.annotation.title().isBlank()) {
			fail(this.annotationFile, lineOf("title:"), "the title is blank; give one or leave it out");
		}
		else if (this.title.isEmpty()) {
			fail(this.textFile, 1, "the first line, the title, is empty");
		}
		if (this.references.sources() != null && this.annotation.source() != null
				&& !this.references.sources().contains(this.annotation.source())) {
			fail(this.annotationFile, lineOf("source:"), "unknown source '" + this.annotation.source() + "'");
		}
		PublicationDate published = publicationDate();
		List<MentionRow> mentions = mentions();
		List<String> peopleSlugs = people();
		List<QuoteRow> quotes = quotes(mentions, peopleSlugs);
		if (!this.valid) {
			return null;
		}
		this.warnings.people(this.found, Set.copyOf(peopleSlugs));
		this.warnings.quotationMarks(this.claimed);
		return new ArticleRow(this.annotation.slug(), Path.of(this.textFile).getFileName().toString(),
				this.annotation.sha256(), this.fingerprint, this.title, this.body, this.annotation.source(),
				this.annotation.url(), (published != null) ? published.date() : null,
				(published != null) ? published.precision() : null, this.annotation.byline(), wordCount(this.body),
				peopleSlugs, mentions, quotes);
	}

	private PublicationDate publicationDate() {
		String value = this.annotation.published();
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PublicationDate.parse(value.strip());
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			fail(this.annotationFile, lineOf("published:"),
					"bad date '" + value + "': expected YYYY, YYYY-MM or YYYY-MM-DD (" + ex.getMessage() + ")");
			return null;
		}
	}

	private List<MentionRow> mentions() {
		MentionFinder.Result found = this.references.mentionFinder().find(this.body);
		this.found = found;
		for (MentionFinder.Match inside : found.insideWords()) {
			fail(this.textFile, textLine(inside.start()),
					"alias '" + inside.alias() + "' of organization " + inside.organization()
							+ " matches inside the word '" + wordAround(inside) + "'; make the alias more specific");
		}
		Set<String> listed = new LinkedHashSet<>(Registries.listOf(this.annotation.organizations()));
		Set<String> known = this.references.mentionFinder().organizations();
		this.warnings.organizations(found, listed);
		Set<String> mentioned = new HashSet<>();
		List<MentionRow> mentions = new ArrayList<>();
		for (MentionFinder.Match match : found.mentions()) {
			mentioned.add(match.organization());
			if (listed.contains(match.organization())) {
				mentions.add(new MentionRow(match.organization(), codePoints(match.start()), codePoints(match.end())));
			}
		}
		for (String organization : listed) {
			if (!known.contains(organization)) {
				if (this.references.organizationsRead()) {
					fail(this.annotationFile, lineOf("organizations:"), "unknown organization '" + organization + "'");
				}
			}
			else if (!mentioned.contains(organization)) {
				fail(this.annotationFile, lineOf("organizations:"),
						"organization " + organization + " is listed but none of its aliases occurs in the body");
			}
		}
		return mentions;
	}

	private List<String> people() {
		Set<String> slugs = new LinkedHashSet<>(Registries.listOf(this.annotation.people()));
		for (String slug : slugs) {
			SeedFiles.Person person = this.references.people().get(slug);
			if (person == null) {
				if (this.references.peopleRead()) {
					fail(this.annotationFile, lineOf("people:"), "unknown person '" + slug + "'");
				}
			}
			else if (Stream.concat(Stream.of(person.name()), Registries.listOf(person.aliases()).stream())
				.noneMatch((name) -> containsWord(this.text, name))) {
				fail(this.annotationFile, lineOf("people:"),
						"person " + slug + " is listed but neither the name nor an alias occurs in the text");
			}
		}
		return new ArrayList<>(slugs);
	}

	private List<QuoteRow> quotes(List<MentionRow> mentions, List<String> peopleSlugs) {
		List<QuoteRow> quotes = new ArrayList<>();
		Map<Integer, Integer> startsSeen = new HashMap<>();
		int number = 0;
		for (Located<SeedFiles.Quote> entry : Registries.listOf(this.annotation.quotes())) {
			number++;
			SeedFiles.Quote quote = entry.value();
			String what = "quote " + number;
			if (quote.text() == null || quote.text().isEmpty()) {
				fail(this.annotationFile, entry.line(), what + ": text is missing");
				continue;
			}
			if (this.references.peopleRead() && quote.speaker() != null
					&& !this.references.people().containsKey(quote.speaker())) {
				fail(this.annotationFile, entry.line(), what + ": unknown speaker '" + quote.speaker() + "'");
			}
			if (this.references.organizationsRead() && quote.organization() != null
					&& !this.references.mentionFinder().organizations().contains(quote.organization())) {
				fail(this.annotationFile, entry.line(), what + ": unknown organization '" + quote.organization() + "'");
			}
			int at = locate(quote, entry.line(), what);
			if (at < 0) {
				continue;
			}
			Integer previous = startsSeen.putIfAbsent(at, number);
			if (previous != null) {
				fail(this.annotationFile, entry.line(), what + ": the same passage as quote " + previous);
				continue;
			}
			if (quote.speaker() != null && !peopleSlugs.contains(quote.speaker())) {
				peopleSlugs.add(quote.speaker());
			}
			this.claimed.add(new int[] { at, at + quote.text().length() });
			int start = codePoints(at);
			int end = codePoints(at + quote.text().length());
			List<String> about = mentions.stream()
				.filter((mention) -> mention.start() >= start && mention.end() <= end)
				.map(MentionRow::organizationSlug)
				.distinct()
				.toList();
			quotes.add(new QuoteRow(start, end, quote.text(), quote.speaker(), quote.organization(), quote.role(),
					paragraphAround(at), about));
		}
		quotes.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return quotes;
	}

	/** Offset of the quote's text in the body, or -1 after reporting why not. */
	private int locate(SeedFiles.Quote quote, int line, String what) {
		List<Integer> occurrences = new ArrayList<>();
		for (int at = this.body.indexOf(quote.text()); at >= 0; at = this.body.indexOf(quote.text(), at + 1)) {
			occurrences.add(at);
		}
		if (occurrences.isEmpty()) {
			fail(this.annotationFile, line,
					what + ": text not found verbatim in the body; " + longestMatchingBeginning(quote.text()));
			return -1;
		}
		if (quote.occurrence() == null) {
			if (occurrences.size() > 1) {
				fail(this.annotationFile, line, what + ": text occurs " + occurrences.size()
						+ " times in the body; say which with 'occurrence: N'");
				return -1;
			}
			return occurrences.get(0);
		}
		if (quote.occurrence() < 1 || quote.occurrence() > occurrences.size()) {
			fail(this.annotationFile, line, what + ": occurrence " + quote.occurrence() + " asked, but the text occurs "
					+ occurrences.size() + " time(s)");
			return -1;
		}
		return occurrences.get(quote.occurrence() - 1);
	}

	private String longestMatchingBeginning(String quote) {
		int low = 0;
		int high = quote.length();
		while (low < high) {
			int middle = (low + high + 1) / 2;
			if (this.body.contains(quote.substring(0, middle))) {
				low = middle;
			}
			else {
				high = middle - 1;
			}
		}
		if (low == 0) {
			return "not even its first character occurs";
		}
		int at = this.body.indexOf(quote.substring(0, low));
		String bodyNext = (at + low < this.body.length()) ? "'" + this.body.charAt(at + low) + "'" : "the end";
		return "the longest beginning found (at " + this.textFile + ":" + textLine(at) + ") is '"
				+ quote.substring(0, low) + "', then the quote has '" + quote.charAt(low) + "' where the body has "
				+ bodyNext;
	}

	private String paragraphAround(int at) {
		int start = this.body.lastIndexOf('\n', at) + 1;
		int end = this.body.indexOf('\n', at);
		return this.body.substring(start, (end < 0) ? this.body.length() : end).strip();
	}

	private String wordAround(MentionFinder.Match match) {
		int start = match.start();
		while (start > 0 && Character.isLetterOrDigit(this.body.charAt(start - 1))) {
			start--;
		}
		int end = match.end();
		while (end < this.body.length() && Character.isLetterOrDigit(this.body.charAt(end))) {
			end++;
		}
		return this.body.substring(start, end);
	}

	private int codePoints(int charIndex) {
		return this.body.codePointCount(0, charIndex);
	}

	private int textLine(int bodyIndex) {
		return lineAt(this.text, this.bodyStart + bodyIndex);
	}

	private int lineOf(String key) {
		return this.files.lineOf(this.annotationFile, key);
	}

	private void fail(String file, int line, String message) {
		this.valid = this.problems.problem(file, line, message);
	}

	/** Whitespace-separated tokens with a letter or digit. */
	static int wordCount(String body) {
		int words = 0;
		boolean counted = false;
		for (int i = 0; i < body.length();) {
			int c = body.codePointAt(i);
			i += Character.charCount(c);
			if (isSpace(c)) {
				counted = false;
			}
			else if (!counted && Character.isLetterOrDigit(c)) {
				words++;
				counted = true;
			}
		}
		return words;
	}

	/** As the regex {@code \s}: ASCII whitespace only. */
	private static boolean isSpace(int c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	private static boolean containsWord(String text, String word) {
		for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
			int end = at + word.length();
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
			if (startsWord && endsWord) {
				return true;
			}
		}
		return false;
	}

	private static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
