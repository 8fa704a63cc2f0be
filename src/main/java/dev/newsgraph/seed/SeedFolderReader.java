package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.newsgraph.progress.Progress;
import dev.newsgraph.progress.ProgressDisplay;
import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.SourceRow;

/**
 * Reads a seed folder and validates it: the YAML, every reference between files, every
 * text against its checksum, every quote against its text. It touches no database. The
 * shared files are read when it is opened; the articles are then streamed, one at a time,
 * to an {@link ArticleSink}, so that no more than one article is held however large the
 * folder. An article whose files are those of an article already loaded (same
 * fingerprint) is not validated again. {@link #finish()} throws a
 * {@link SeedValidationException} that lists every problem found. The files are read by
 * {@link SeedFileReader}, the registries checked by {@link Registries}, each article by
 * {@link ArticleAnnotator}.
 */
public final class SeedFolderReader {

	static final String ARTICLES = "articles";

	/** Folders with at least this many articles show their progress. */
	private static final int PROGRESS_FROM = 200;

	/**
	 * Where the articles go as they are read.
	 */
	interface ArticleSink {

		/**
		 * An article new or changed since the last load, validated and resolved.
		 * @param stamp its files' {@link #stamp}, or null
		 */
		void changed(ArticleRow article, String stamp);

		/** An article whose files are those the last load read. */
		void unchanged(LoadedArticle loaded, String stamp);

	}

	/**
	 * An article as the last load left it.
	 *
	 * @param fingerprint {@link #fingerprint} of its files then
	 * @param stamp {@link #stamp} of its files then, or null
	 */
	record LoadedArticle(String slug, String fingerprint, String stamp) {
	}

	/**
	 * What the last load left.
	 *
	 * @param registriesChecksum {@link #registriesChecksum()} then, or null
	 * @param articles by text file name
	 */
	record LoadedDataset(String registriesChecksum, Map<String, LoadedArticle> articles) {

		static final LoadedDataset NONE = new LoadedDataset(null, Map.of());

	}

	private final MessageDigest checksum = SeedFileReader.sha256();

	private final Path folder;

	private final SeedProblems problems = new SeedProblems();

	private final SeedFileReader files;

	private List<SourceRow> sources = List.of();

	private List<OrganizationRow> organizations = List.of();

	private List<PersonRow> people = List.of();

	private ArticleReferences references;

	private String registriesChecksum;

	private final boolean strict;

	private final ProgressDisplay.Output progress;

	/** The article files changed since the last load, if known; else null. */
	private final Set<String> touched;

	private SeedFolderReader(Path folder, boolean strict, ProgressDisplay.Output progress, Set<String> touched) {
		this.folder = folder;
		this.strict = strict;
		this.progress = progress;
		this.touched = touched;
		this.files = new SeedFileReader(folder, this.problems);
	}

	/**
	 * Reads and validates the whole folder into memory: for small folders and tests.
	 * @throws SeedValidationException listing every problem, if there is any
	 */
	public static CuratedDataset read(Path folder) {
		SeedFolderReader reader = open(folder, false, ProgressDisplay.Output.LOG);
		List<ArticleRow> articles = new ArrayList<>();
		reader.articles(LoadedDataset.NONE, new ArticleSink() {
			@Override
			public void changed(ArticleRow article, String stamp) {
				articles.add(article);
			}

			@Override
			public void unchanged(LoadedArticle loaded, String stamp) {
				throw new IllegalStateException("nothing was loaded before");
			}
		});
		String checksum = reader.finish();
		return new CuratedDataset(checksum, reader.sources, reader.organizations, reader.people, articles);
	}

	/**
	 * Validates the whole folder, one article at a time.
	 * @param strict whether warnings are problems
	 * @param warnings told each warning, when they are not problems
	 * @return what it holds
	 * @throws SeedValidationException listing every problem, if there is any
	 */
	public static DatasetCounts validate(Path folder, boolean strict, Consumer<SeedProblem> warnings) {
		SeedFolderReader reader = open(folder, strict, ProgressDisplay.Output.TERMINAL);
		int[] counted = new int[3];
		reader.articles(LoadedDataset.NONE, new ArticleSink() {
			@Override
			public void changed(ArticleRow article, String stamp) {
				counted[0]++;
				counted[1] += article.quotes().size();
				counted[2] += article.mentions().size();
			}

			@Override
			public void unchanged(LoadedArticle loaded, String stamp) {
				throw new IllegalStateException("nothing was loaded before");
			}
		});
		reader.finish();
		reader.warnings().forEach(warnings);
		return new DatasetCounts(reader.sources.size(), counted[0], reader.organizations.size(), reader.people.size(),
				counted[1], counted[2]);
	}

	/**
	 * Opens the folder and reads its shared files.
	 * @param strict whether {@link CuratorWarnings} are problems ({@code --strict})
	 * @param progress where the progress of a large folder's read goes
	 */
	static SeedFolderReader open(Path folder, boolean strict, ProgressDisplay.Output progress) {
		return open(folder, strict, progress, null, null);
	}

	/**
	 * @param before the shared files as a previous read left them, reused when unchanged
	 * @param touched the names of the article files created, changed or deleted since the
	 * last load, when file events tell them: only those are looked at; null to list the
	 * folder
	 */
	static SeedFolderReader open(Path folder, boolean strict, ProgressDisplay.Output progress, SharedFiles before,
			Set<String> touched) {
		SeedFolderReader reader = new SeedFolderReader(folder, strict, progress, touched);
		reader.readRegistries(before);
		return reader;
	}

	/**
	 * The shared files as read and checked, kept by a loader for its next load: parsing
	 * them is most of a one-edit reload.
	 */
	record SharedFiles(String checksum, List<SourceRow> sources, List<OrganizationRow> organizations,
			List<PersonRow> people, ArticleReferences references) {
	}

	private void readRegistries(SharedFiles before) {
		if (!Files.isDirectory(this.folder)) {
			throw new SeedValidationException(this.folder,
					List.of(new SeedProblem(this.folder.toString(), 0, "the seed folder does not exist")));
		}
		MessageDigest registries = SeedFileReader.sha256();
		Map<String, byte[]> contents = new HashMap<>();
		for (String file : List.of(Registries.SOURCES, Registries.ORGANIZATIONS, Registries.PEOPLE)) {
			byte[] content = this.files.readBytes(file, file, "file is missing");
			if (content != null) {
				registries.update(content);
				registries.update((byte) 0);
				addToChecksum(file, content);
				contents.put(file, content);
			}
		}
		this.registriesChecksum = HexFormat.of().formatHex(registries.digest());
		if (before != null && before.checksum().equals(this.registriesChecksum) && contents.size() == 3) {
			this.sources = before.sources();
			this.organizations = before.organizations();
			this.people = before.people();
			this.references = before.references();
			return;
		}
		SeedFiles.Sources sourcesFile = parse(contents, Registries.SOURCES, SeedFiles.Sources.class);
		SeedFiles.Organizations organizationsFile = parse(contents, Registries.ORGANIZATIONS,
				SeedFiles.Organizations.class);
		SeedFiles.People peopleFile = parse(contents, Registries.PEOPLE, SeedFiles.People.class);
		Registries checked = new Registries(this.problems);
		this.sources = checked.sources(sourcesFile);
		this.organizations = checked.organizations(organizationsFile);
		this.people = checked.people(peopleFile,
				(organizationsFile != null) ? slugs(this.organizations, OrganizationRow::slug) : null);
		this.references = references(sourcesFile, this.sources, organizationsFile, this.organizations, peopleFile);
	}

	private <T> T parse(Map<String, byte[]> contents, String file, Class<T> type) {
		byte[] content = contents.get(file);
		return (content != null) ? this.files.parseYaml(file, content, type) : null;
	}

	/** The shared files, when they are free of problems; else null. */
	SharedFiles sharedFiles() {
		return this.problems.isEmpty() ? new SharedFiles(this.registriesChecksum, this.sources, this.organizations,
				this.people, this.references) : null;
	}

	List<SourceRow> sources() {
		return this.sources;
	}

	List<OrganizationRow> organizations() {
		return this.organizations;
	}

	List<PersonRow> people() {
		return this.people;
	}

	/** What a curator probably missed, by file and line; after {@link #finish()}. */
	List<SeedProblem> warnings() {
		return this.problems.warnings();
	}

	/**
	 * The checksum of the three shared files, which every article is resolved against.
	 */
	String registriesChecksum() {
		return this.registriesChecksum;
	}

	/**
	 * Ends the read.
	 * @return the folder's checksum: of the shared files, and of each article's name and
	 * fingerprint, so of every file's name and content
	 * @throws SeedValidationException listing every problem, if there is any
	 */
	String finish() {
		if (this.strict) {
			this.problems.warningsAreProblems();
		}
		if (!this.problems.isEmpty()) {
			throw new SeedValidationException(this.folder, this.problems.sorted());
		}
		return HexFormat.of().formatHex(this.checksum.digest());
	}

	private void addToChecksum(String name, String content) {
		addToChecksum(name, content.getBytes(StandardCharsets.US_ASCII));
	}

	private void addToChecksum(String name, byte[] content) {
		this.checksum.update(name.getBytes(StandardCharsets.UTF_8));
		this.checksum.update((byte) 0);
		this.checksum.update(content);
		this.checksum.update((byte) 0);
	}

	private static ArticleReferences references(SeedFiles.Sources sourcesFile, List<SourceRow> sources,
			SeedFiles.Organizations organizationsFile, List<OrganizationRow> organizations,
			SeedFiles.People peopleFile) {
		Map<String, String> organizationByAlias = new LinkedHashMap<>();
		organizations.forEach((organization) -> organization.aliases()
			.forEach((alias) -> organizationByAlias.put(alias, organization.slug())));
		Map<String, SeedFiles.Person> people = new HashMap<>();
		Map<String, String> personByName = new LinkedHashMap<>();
		for (Located<SeedFiles.Person> person : Registries.listOf((peopleFile != null) ? peopleFile.people() : null)) {
			people.putIfAbsent(person.value().slug(), person.value());
			if (person.value().name() != null && person.value().slug() != null) {
				personByName.putIfAbsent(person.value().name(), person.value().slug());
			}
		}
		return new ArticleReferences((sourcesFile != null) ? slugs(sources, SourceRow::slug) : null, people,
				peopleFile != null, new MentionFinder(organizationByAlias, personByName), organizationsFile != null);
	}

	/**
	 * Streams each {@code .yaml} annotation in the articles folder with its {@code .txt}
	 * beside it, in file name order.
	 * @param loaded what the last load left
	 */
	void articles(LoadedDataset loaded, ArticleSink sink) {
		Path articlesFolder = this.folder.resolve(ARTICLES);
		if (!Files.isDirectory(articlesFolder)) {
			this.problems.problem(ARTICLES, 0, "the articles folder is missing");
			return;
		}
		ArticleListing listing;
		try {
			listing = (this.touched != null) ? ArticleListing.after(articlesFolder, this.touched, loaded.articles())
					: ArticleListing.of(articlesFolder);
		}
		catch (IOException ex) {
			this.problems.problem(ARTICLES, 0, "cannot list the folder: " + ex.getMessage());
			return;
		}
		for (String text : listing.textsWithoutAnnotation()) {
			this.problems.problem(ARTICLES + "/" + text, 0,
					"text has no annotation file " + ArticleListing.base(text, ".txt") + ".yaml beside it");
		}
		List<String> articles = listing.articles();
		if (articles.size() < PROGRESS_FROM) {
			articles(articles, listing, loaded, sink, Progress.NONE);
			return;
		}
		try (ProgressDisplay display = ProgressDisplay.start("Reading", "read", articles.size(), this.progress)) {
			articles(articles, listing, loaded, sink, display);
		}
	}

	private void articles(List<String> articles, ArticleListing listing, LoadedDataset loaded, ArticleSink sink,
			Progress progress) {
		Map<String, String> slugs = new HashMap<>(articles.size() * 2);
		for (String base : articles) {
			LoadedArticle before = loaded.articles().get(base + ".txt");
			article(base, listing.stamp(base), before, this.registriesChecksum.equals(loaded.registriesChecksum()),
					slugs, sink);
			progress.advance(1);
		}
	}

	private void article(String base, String stamp, LoadedArticle loaded, boolean sameRegistries,
			Map<String, String> slugs, ArticleSink sink) {
		String annotationFile = ARTICLES + "/" + base + ".yaml";
		String textFile = ARTICLES + "/" + base + ".txt";
		if (loaded != null && sameRegistries && stamp != null && stamp.equals(loaded.stamp())) {
			// neither file was written since the last load read them: not read again
			addToChecksum(base, loaded.fingerprint());
			if (isNew(loaded.slug(), annotationFile, slugs)) {
				sink.unchanged(loaded, stamp);
			}
			return;
		}
		byte[] annotationBytes = this.files.readBytes(annotationFile, annotationFile, "file is missing");
		if (annotationBytes == null) {
			return;
		}
		byte[] textBytes = this.files.readBytes(textFile, annotationFile, "its text file " + textFile + " is missing");
		if (textBytes == null) {
			return;
		}
		String fingerprint = fingerprint(annotationBytes, textBytes);
		addToChecksum(base, fingerprint);
		if (loaded != null && loaded.fingerprint().equals(fingerprint)) {
			// validated when it was loaded, against the same shared files
			if (isNew(loaded.slug(), annotationFile, slugs)) {
				sink.unchanged(loaded, stamp);
			}
			return;
		}
		SeedFiles.Article annotation = this.files.parseYaml(annotationFile, annotationBytes, SeedFiles.Article.class);
		if (annotation == null) {
			return;
		}
		String text = this.files.decodeText(textFile, textBytes, annotation.sha256(), annotationFile);
		if (!this.problems.checkSlug(annotationFile, 1, "article", annotation.slug(), new HashSet<>())
				|| !isNew(annotation.slug(), annotationFile, slugs) || text == null) {
			return;
		}
		ArticleRow article = new ArticleAnnotator(annotationFile, textFile, annotation, text, fingerprint,
				this.references, this.problems, this.files)
			.annotate();
		if (article != null) {
			sink.changed(article, stamp);
		}
	}

	private boolean isNew(String slug, String annotationFile, Map<String, String> slugs) {
		String previous = slugs.putIfAbsent(slug, annotationFile);
		if (previous != null) {
			return this.problems.problem(annotationFile, 1,
					"duplicate article slug '" + slug + "' (also in " + previous + ")");
		}
		return true;
	}

	/**
	 * What an article's rows are made from: its two files and the shared files they are
	 * resolved against. The same fingerprint makes the same rows.
	 */
	private String fingerprint(byte[] annotation, byte[] text) {
		MessageDigest digest = SeedFileReader.sha256();
		digest.update(this.registriesChecksum.getBytes(StandardCharsets.US_ASCII));
		digest.update((byte) 0);
		digest.update(annotation);
		digest.update((byte) 0);
		digest.update(text);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static <T> Set<String> slugs(List<T> rows, Function<T, String> slug) {
		Set<String> slugs = new HashSet<>();
		rows.forEach((row) -> slugs.add(slug.apply(row)));
		return slugs;
	}

}
