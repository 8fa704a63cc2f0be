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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.newsgraph.seed.CuratedDataset.AffiliationRow;
import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.MentionRow;
import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;
import dev.newsgraph.seed.CuratedDataset.SourceRow;

/**
 * Reads a seed folder and validates all of it: the YAML, every reference between files,
 * every text against its checksum, every quote against its text. It touches no database.
 * It either returns a {@link CuratedDataset} with every span computed or throws a
 * {@link SeedValidationException} that lists every problem found.
 */
public final class SeedFolderReader {

	static final String SOURCES = "sources.yaml";

	static final String ORGANIZATIONS = "organizations.yaml";

	static final String PEOPLE = "people.yaml";

	static final String ARTICLES = "articles";

	private static final Logger logger = LoggerFactory.getLogger(SeedFolderReader.class);

	/** Folders with at least this many articles get progress lines. */
	private static final int PROGRESS_FROM = 200;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");

	private static final Set<String> KINDS = Set.of("COMPANY", "DIVISION", "JOINT_VENTURE", "BRAND", "GOVERNMENT",
			"MEDIA", "OTHER");

	private static final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final Path folder;

	private final List<SeedProblem> problems = new ArrayList<>();

	private final MessageDigest checksum;

	// references into a registry file that could not be read would all look unknown: then
	// the
	// file's own problem is reported, not every reference into it
	private boolean sourcesRead;

	private boolean organizationsRead;

	private boolean peopleRead;

	private SeedFolderReader(Path folder) {
		this.folder = folder;
		try {
			this.checksum = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads and validates the folder.
	 * @param folder the seed folder
	 * @return the dataset, resolved
	 * @throws SeedValidationException listing every problem, if there is any
	 */
	public static CuratedDataset read(Path folder) {
		return new SeedFolderReader(folder).read();
	}

	private CuratedDataset read() {
		if (!Files.isDirectory(this.folder)) {
			throw new SeedValidationException(this.folder,
					List.of(new SeedProblem(this.folder.toString(), 0, "the seed folder does not exist")));
		}
		SeedFiles.Sources sourcesFile = readYaml(SOURCES, SeedFiles.Sources.class);
		SeedFiles.Organizations organizationsFile = readYaml(ORGANIZATIONS, SeedFiles.Organizations.class);
		SeedFiles.People peopleFile = readYaml(PEOPLE, SeedFiles.People.class);
		this.sourcesRead = sourcesFile != null;
		this.organizationsRead = organizationsFile != null;
		this.peopleRead = peopleFile != null;
		List<SourceRow> sources = sources(sourcesFile);
		List<OrganizationRow> organizations = organizations(organizationsFile);
		List<PersonRow> people = people(peopleFile, slugs(organizations, OrganizationRow::slug));
		List<ArticleRow> articles = articles(slugs(sources, SourceRow::slug), organizations, peopleFile);

		if (!this.problems.isEmpty()) {
			throw new SeedValidationException(this.folder, this.problems.stream().sorted().toList());
		}
		return new CuratedDataset(HexFormat.of().formatHex(this.checksum.digest()), sources, organizations, people,
				articles);
	}

	private List<SourceRow> sources(SeedFiles.Sources file) {
		List<SourceRow> sources = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located<SeedFiles.Source> entry : listOf((file != null) ? file.sources() : null)) {
			SeedFiles.Source source = entry.value();
			if (checkSlug(SOURCES, entry.line(), "source", source.slug(), seen)
					& require(SOURCES, entry.line(), "source " + source.slug(), "name", source.name())) {
				sources.add(new SourceRow(source.slug(), source.name(), source.url()));
			}
		}
		return sources;
	}

	private List<OrganizationRow> organizations(SeedFiles.Organizations file) {
		List<Located<SeedFiles.Organization>> entries = listOf((file != null) ? file.organizations() : null);
		Set<String> slugs = new HashSet<>();
		Map<String, String> organizationByAlias = new HashMap<>();
		List<OrganizationRow> organizations = new ArrayList<>();
		for (Located<SeedFiles.Organization> entry : entries) {
			SeedFiles.Organization organization = entry.value();
			int line = entry.line();
			String what = "organization " + organization.slug();
			boolean valid = checkSlug(ORGANIZATIONS, line, "organization", organization.slug(), slugs)
					& require(ORGANIZATIONS, line, what, "name", organization.name())
					& require(ORGANIZATIONS, line, what, "kind", organization.kind());
			if (organization.kind() != null && !KINDS.contains(organization.kind())) {
				valid = problem(ORGANIZATIONS, line, what + ": unknown kind '" + organization.kind()
						+ "' (expected one of " + String.join(", ", KINDS.stream().sorted().toList()) + ")");
			}
			valid &= matches(ORGANIZATIONS, line, what, "country", organization.country(), COUNTRY,
					"a two-letter ISO 3166 code");
			valid &= matches(ORGANIZATIONS, line, what, "wikidataId", organization.wikidataId(), WIKIDATA_ID,
					"Q followed by digits");
			List<String> aliases = listOf(organization.aliases()).isEmpty() ? listOf(List.of(organization.name()))
					: organization.aliases();
			for (String alias : aliases) {
				String owner = organizationByAlias.putIfAbsent(alias, organization.slug());
				if (owner != null && !owner.equals(organization.slug())) {
					valid = problem(ORGANIZATIONS, line,
							what + ": alias '" + alias + "' is already an alias of " + owner);
				}
			}
			if (valid) {
				organizations.add(new OrganizationRow(organization.slug(), organization.name(), List.copyOf(aliases),
						organization.kind(), organization.parent(), organization.country(), organization.wikidataId(),
						organization.description()));
			}
		}
		for (Located<SeedFiles.Organization> entry : entries) {
			String parent = entry.value().parent();
			if (parent != null && !slugs.contains(parent)) {
				problem(ORGANIZATIONS, entry.line(),
						"organization " + entry.value().slug() + ": unknown parent organization '" + parent + "'");
			}
			else if (parent != null && hasParentCycle(entry.value().slug(), entries)) {
				problem(ORGANIZATIONS, entry.line(),
						"organization " + entry.value().slug() + ": its parents lead back to itself");
			}
		}
		return organizations;
	}

	private static boolean hasParentCycle(String slug, List<Located<SeedFiles.Organization>> entries) {
		Map<String, String> parents = new HashMap<>();
		entries.forEach((entry) -> {
			if (entry.value().slug() != null && entry.value().parent() != null) {
				parents.put(entry.value().slug(), entry.value().parent());
			}
		});
		Set<String> visited = new HashSet<>();
		for (String at = parents.get(slug); at != null; at = parents.get(at)) {
			if (at.equals(slug) || !visited.add(at)) {
				return true;
			}
		}
		return false;
	}

	private List<PersonRow> people(SeedFiles.People file, Set<String> organizations) {
		List<PersonRow> people = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Located<SeedFiles.Person> entry : listOf((file != null) ? file.people() : null)) {
			SeedFiles.Person person = entry.value();
			String what = "person " + person.slug();
			boolean valid = checkSlug(PEOPLE, entry.line(), "person", person.slug(), seen)
					& require(PEOPLE, entry.line(), what, "name", person.name()) & matches(PEOPLE, entry.line(), what,
							"wikidataId", person.wikidataId(), WIKIDATA_ID, "Q followed by digits");
			List<AffiliationRow> affiliations = new ArrayList<>();
			for (Located<SeedFiles.Affiliation> affiliation : listOf(person.affiliations())) {
				if (this.organizationsRead && !organizations.contains(affiliation.value().organization())) {
					valid = problem(PEOPLE, affiliation.line(), what + ": affiliation with unknown organization '"
							+ affiliation.value().organization() + "'");
				}
				affiliations.add(new AffiliationRow(affiliation.value().organization(), affiliation.value().role()));
			}
			if (valid) {
				people.add(new PersonRow(person.slug(), person.name(), person.wikidataId(), affiliations));
			}
		}
		return people;
	}

	private List<ArticleRow> articles(Set<String> sources, List<OrganizationRow> organizations,
			SeedFiles.People peopleFile) {
		Path articlesFolder = this.folder.resolve(ARTICLES);
		if (!Files.isDirectory(articlesFolder)) {
			problem(ARTICLES, 0, "the articles folder is missing");
			return List.of();
		}
		Map<String, String> organizationByAlias = new LinkedHashMap<>();
		organizations.forEach((organization) -> organization.aliases()
			.forEach((alias) -> organizationByAlias.put(alias, organization.slug())));
		MentionFinder mentionFinder = new MentionFinder(organizationByAlias);
		Map<String, SeedFiles.Person> people = new HashMap<>();
		for (Located<SeedFiles.Person> person : listOf((peopleFile != null) ? peopleFile.people() : null)) {
			people.putIfAbsent(person.value().slug(), person.value());
		}
		Map<String, Path> files = new TreeMap<>();
		try (Stream<Path> listing = Files.list(articlesFolder)) {
			listing.filter(Files::isRegularFile).forEach((path) -> files.put(path.getFileName().toString(), path));
		}
		catch (IOException ex) {
			problem(ARTICLES, 0, "cannot list the folder: " + ex.getMessage());
			return List.of();
		}
		List<ArticleRow> articles = new ArrayList<>();
		Map<String, String> slugs = new HashMap<>();
		long annotations = files.keySet().stream().filter((name) -> name.endsWith(".yaml")).count();
		int read = 0;
		for (String name : files.keySet()) {
			String base = name.replaceFirst("\\.(yaml|txt)$", "");
			if (name.endsWith(".txt") && !files.containsKey(base + ".yaml")) {
				problem(ARTICLES + "/" + name, 0, "text has no annotation file " + base + ".yaml beside it");
			}
			if (!name.endsWith(".yaml")) {
				continue;
			}
			String annotationFile = ARTICLES + "/" + name;
			read++;
			if (annotations >= PROGRESS_FROM && read % (annotations / 10) == 0) {
				logger.info("Read {} of {} articles", read, annotations);
			}
			SeedFiles.Article annotation = readYaml(annotationFile, SeedFiles.Article.class);
			if (annotation == null) {
				continue;
			}
			String textFile = ARTICLES + "/" + base + ".txt";
			String text = readText(textFile, annotation.sha256(), annotationFile);
			if (!checkSlug(annotationFile, 1, "article", annotation.slug(), new HashSet<>())) {
				continue;
			}
			String previous = slugs.putIfAbsent(annotation.slug(), annotationFile);
			if (previous != null) {
				problem(annotationFile, 1,
						"duplicate article slug '" + annotation.slug() + "' (also in " + previous + ")");
			}
			if (text != null) {
				ArticleRow article = new ArticleAnnotator(annotationFile, textFile, annotation, text, sources, people,
						mentionFinder)
					.annotate();
				if (article != null) {
					articles.add(article);
				}
			}
		}
		return articles;
	}

	/**
	 * Resolves one article: metadata, mentions, people and quotes.
	 */
	private final class ArticleAnnotator {

		private final String annotationFile;

		private final String textFile;

		private final SeedFiles.Article annotation;

		private final String text;

		private final Set<String> sources;

		private final Map<String, SeedFiles.Person> people;

		private final MentionFinder mentionFinder;

		private final String title;

		private final int bodyStart;

		private final String body;

		private boolean valid = true;

		ArticleAnnotator(String annotationFile, String textFile, SeedFiles.Article annotation, String text,
				Set<String> sources, Map<String, SeedFiles.Person> people, MentionFinder mentionFinder) {
			this.annotationFile = annotationFile;
			this.textFile = textFile;
			this.annotation = annotation;
			this.text = text;
			this.sources = sources;
			this.people = people;
			this.mentionFinder = mentionFinder;
			int firstLineEnd = text.indexOf('\n');
			// trailing spaces, no-break ones too, are not part of a title
			this.title = ((firstLineEnd >= 0) ? text.substring(0, firstLineEnd) : text).replaceAll("[\\s\u00A0]+$", "");
			this.bodyStart = bodyStart(text, firstLineEnd);
			this.body = text.substring(this.bodyStart);
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
			if (this.title.isEmpty()) {
				fail(this.textFile, 1, "the first line, the title, is empty");
			}
			if (SeedFolderReader.this.sourcesRead && this.annotation.source() != null
					&& !this.sources.contains(this.annotation.source())) {
				fail(this.annotationFile, 1, "unknown source '" + this.annotation.source() + "'");
			}
			PublicationDate published = publicationDate();
			List<MentionRow> mentions = mentions();
			List<String> peopleSlugs = people();
			List<QuoteRow> quotes = quotes(mentions, peopleSlugs);
			if (!this.valid) {
				return null;
			}
			return new ArticleRow(this.annotation.slug(), Path.of(this.textFile).getFileName().toString(),
					this.annotation.sha256(), this.title, this.body, this.annotation.source(), this.annotation.url(),
					(published != null) ? published.date() : null, (published != null) ? published.precision() : null,
					this.annotation.byline(), wordCount(this.body), peopleSlugs, mentions, quotes);
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
			MentionFinder.Result found = this.mentionFinder.find(this.body);
			for (MentionFinder.Match inside : found.insideWords()) {
				fail(this.textFile, textLine(inside.start()),
						"alias '" + inside.alias() + "' of organization " + inside.organization()
								+ " matches inside the word '" + wordAround(inside)
								+ "'; make the alias more specific");
			}
			Set<String> listed = new LinkedHashSet<>(listOf(this.annotation.organizations()));
			Set<String> known = new HashSet<>(this.mentionFinder.organizations());
			Set<String> mentioned = new HashSet<>();
			List<MentionRow> mentions = new ArrayList<>();
			for (MentionFinder.Match match : found.mentions()) {
				mentioned.add(match.organization());
				if (listed.contains(match.organization())) {
					mentions
						.add(new MentionRow(match.organization(), codePoints(match.start()), codePoints(match.end())));
				}
			}
			for (String organization : listed) {
				if (!known.contains(organization)) {
					if (SeedFolderReader.this.organizationsRead) {
						fail(this.annotationFile, lineOf("organizations:"),
								"unknown organization '" + organization + "'");
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
			Set<String> slugs = new LinkedHashSet<>(listOf(this.annotation.people()));
			for (String slug : slugs) {
				SeedFiles.Person person = this.people.get(slug);
				if (person == null) {
					if (SeedFolderReader.this.peopleRead) {
						fail(this.annotationFile, lineOf("people:"), "unknown person '" + slug + "'");
					}
				}
				else if (Stream.concat(Stream.of(person.name()), listOf(person.aliases()).stream())
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
			for (Located<SeedFiles.Quote> entry : listOf(this.annotation.quotes())) {
				number++;
				SeedFiles.Quote quote = entry.value();
				String what = "quote " + number;
				if (quote.text() == null || quote.text().isEmpty()) {
					fail(this.annotationFile, entry.line(), what + ": text is missing");
					continue;
				}
				if (SeedFolderReader.this.peopleRead && quote.speaker() != null
						&& !this.people.containsKey(quote.speaker())) {
					fail(this.annotationFile, entry.line(), what + ": unknown speaker '" + quote.speaker() + "'");
				}
				if (SeedFolderReader.this.organizationsRead && quote.organization() != null
						&& !this.mentionFinder.organizations().contains(quote.organization())) {
					fail(this.annotationFile, entry.line(),
							what + ": unknown organization '" + quote.organization() + "'");
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
				fail(this.annotationFile, line, what + ": occurrence " + quote.occurrence()
						+ " asked, but the text occurs " + occurrences.size() + " time(s)");
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
			return SeedFolderReader.this.lineOf(this.annotationFile, key);
		}

		private void fail(String file, int line, String message) {
			this.valid = problem(file, line, message);
		}

	}

	/**
	 * @param date the first day of the period
	 * @param precision {@code YEAR}, {@code MONTH} or {@code DAY}
	 */
	record PublicationDate(LocalDate date, String precision) {

		static PublicationDate parse(String value) {
			String[] parts = value.split("-", -1);
			if (parts.length > 3 || !value.matches("\\d{4}(-\\d{2}){0,2}")) {
				throw new IllegalArgumentException("not of that form");
			}
			int year = Integer.parseInt(parts[0]);
			int month = (parts.length > 1) ? Integer.parseInt(parts[1]) : 1;
			int day = (parts.length > 2) ? Integer.parseInt(parts[2]) : 1;
			return new PublicationDate(LocalDate.of(year, month, day), switch (parts.length) {
				case 1 -> "YEAR";
				case 2 -> "MONTH";
				default -> "DAY";
			});
		}

	}

	static int wordCount(String body) {
		int words = 0;
		for (String token : body.split("\\s+")) {
			if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
				words++;
			}
		}
		return words;
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

	/** The line of the first top-level key in a YAML file, for problems with that key. */
	private int lineOf(String file, String key) {
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

	private <T> T readYaml(String file, Class<T> type) {
		Path path = this.folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			problem(file, 0, "file is missing");
			return null;
		}
		try {
			byte[] content = Files.readAllBytes(path);
			addToChecksum(file, content);
			T value = yaml.readValue(content, type);
			if (value == null) {
				problem(file, 0, "file is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			problem(file, Math.max(line, 0), "invalid YAML: " + yamlProblem(ex.getOriginalMessage()));
			return null;
		}
		catch (IOException ex) {
			problem(file, 0, "cannot read: " + ex.getMessage());
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

	private String readText(String file, String expectedSha256, String annotationFile) {
		Path path = this.folder.resolve(file);
		if (!Files.isRegularFile(path)) {
			problem(annotationFile, 0, "its text file " + file + " is missing");
			return null;
		}
		try {
			byte[] content = Files.readAllBytes(path);
			addToChecksum(file, content);
			String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
			if (expectedSha256 == null || !SHA256.matcher(expectedSha256).matches()) {
				problem(annotationFile, lineOf(annotationFile, "sha256:"),
						"sha256 must be the 64 hex digits of the text's SHA-256 (it is " + actual + ")");
				return null;
			}
			if (!actual.equals(expectedSha256)) {
				problem(file, 0, "text changed: its SHA-256 is " + actual + " but " + annotationFile + " records "
						+ expectedSha256 + "; texts are kept byte-for-byte as received");
				return null;
			}
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problem(file, 0, "not valid UTF-8");
			return null;
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			problem(file, 0, "cannot read: " + ex.getMessage());
			return null;
		}
	}

	private void addToChecksum(String file, byte[] content) {
		this.checksum.update(file.getBytes(StandardCharsets.UTF_8));
		this.checksum.update((byte) 0);
		this.checksum.update(content);
		this.checksum.update((byte) 0);
	}

	private boolean checkSlug(String file, int line, String kind, String slug, Set<String> seen) {
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

	private boolean require(String file, int line, String what, String field, String value) {
		return (value != null && !value.isBlank()) || problem(file, line, what + ": " + field + " is missing");
	}

	private boolean matches(String file, int line, String what, String field, String value, Pattern pattern,
			String expected) {
		return value == null || pattern.matcher(value).matches()
				|| problem(file, line, what + ": " + field + " '" + value + "' must be " + expected);
	}

	/**
	 * Records a problem; returns false so callers can write {@code valid = problem(...)}.
	 */
	private boolean problem(String file, int line, String message) {
		this.problems.add(new SeedProblem(file, line, message));
		return false;
	}

	private static <T> List<T> listOf(List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

	private static <T> Set<String> slugs(List<T> rows, Function<T, String> slug) {
		Set<String> slugs = new HashSet<>();
		rows.forEach((row) -> slugs.add(slug.apply(row)));
		return slugs;
	}

}
