package dev.newsgraph.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.OrganizationRow;
import dev.newsgraph.seed.CuratedDataset.PersonRow;
import dev.newsgraph.seed.CuratedDataset.SourceRow;

/**
 * Reads a seed folder and validates all of it: the YAML, every reference between files,
 * every text against its checksum, every quote against its text. It touches no database.
 * It either returns a {@link CuratedDataset} with every span computed or throws a
 * {@link SeedValidationException} that lists every problem found. The files are read by
 * {@link SeedFileReader}, the registries checked by {@link Registries}, each article by
 * {@link ArticleAnnotator}.
 */
public final class SeedFolderReader {

	static final String ARTICLES = "articles";

	private static final Logger logger = LoggerFactory.getLogger(SeedFolderReader.class);

	/** Folders with at least this many articles get progress lines. */
	private static final int PROGRESS_FROM = 200;

	private final Path folder;

	private final SeedProblems problems = new SeedProblems();

	private final SeedFileReader files;

	private SeedFolderReader(Path folder) {
		this.folder = folder;
		this.files = new SeedFileReader(folder, this.problems);
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
		SeedFiles.Sources sourcesFile = this.files.readYaml(Registries.SOURCES, SeedFiles.Sources.class);
		SeedFiles.Organizations organizationsFile = this.files.readYaml(Registries.ORGANIZATIONS,
				SeedFiles.Organizations.class);
		SeedFiles.People peopleFile = this.files.readYaml(Registries.PEOPLE, SeedFiles.People.class);
		Registries registries = new Registries(this.problems);
		List<SourceRow> sources = registries.sources(sourcesFile);
		List<OrganizationRow> organizations = registries.organizations(organizationsFile);
		List<PersonRow> people = registries.people(peopleFile,
				(organizationsFile != null) ? slugs(organizations, OrganizationRow::slug) : null);
		List<ArticleRow> articles = articles(
				references(sourcesFile, sources, organizationsFile, organizations, peopleFile));

		if (!this.problems.isEmpty()) {
			throw new SeedValidationException(this.folder, this.problems.sorted());
		}
		return new CuratedDataset(this.files.checksum(), sources, organizations, people, articles);
	}

	private static ArticleReferences references(SeedFiles.Sources sourcesFile, List<SourceRow> sources,
			SeedFiles.Organizations organizationsFile, List<OrganizationRow> organizations,
			SeedFiles.People peopleFile) {
		Map<String, String> organizationByAlias = new LinkedHashMap<>();
		organizations.forEach((organization) -> organization.aliases()
			.forEach((alias) -> organizationByAlias.put(alias, organization.slug())));
		Map<String, SeedFiles.Person> people = new HashMap<>();
		for (Located<SeedFiles.Person> person : Registries.listOf((peopleFile != null) ? peopleFile.people() : null)) {
			people.putIfAbsent(person.value().slug(), person.value());
		}
		return new ArticleReferences((sourcesFile != null) ? slugs(sources, SourceRow::slug) : null, people,
				peopleFile != null, new MentionFinder(organizationByAlias), organizationsFile != null);
	}

	/**
	 * Each {@code .yaml} annotation in the articles folder with its {@code .txt} beside
	 * it.
	 */
	private List<ArticleRow> articles(ArticleReferences references) {
		Path articlesFolder = this.folder.resolve(ARTICLES);
		if (!Files.isDirectory(articlesFolder)) {
			this.problems.problem(ARTICLES, 0, "the articles folder is missing");
			return List.of();
		}
		Map<String, Path> files = new TreeMap<>();
		try (Stream<Path> listing = Files.list(articlesFolder)) {
			listing.filter(Files::isRegularFile).forEach((path) -> files.put(path.getFileName().toString(), path));
		}
		catch (IOException ex) {
			this.problems.problem(ARTICLES, 0, "cannot list the folder: " + ex.getMessage());
			return List.of();
		}
		List<ArticleRow> articles = new ArrayList<>();
		Map<String, String> slugs = new HashMap<>();
		long annotations = files.keySet().stream().filter((name) -> name.endsWith(".yaml")).count();
		int read = 0;
		for (String name : files.keySet()) {
			String base = name.replaceFirst("\\.(yaml|txt)$", "");
			if (name.endsWith(".txt") && !files.containsKey(base + ".yaml")) {
				this.problems.problem(ARTICLES + "/" + name, 0,
						"text has no annotation file " + base + ".yaml beside it");
			}
			if (!name.endsWith(".yaml")) {
				continue;
			}
			String annotationFile = ARTICLES + "/" + name;
			read++;
			if (annotations >= PROGRESS_FROM && read % (annotations / 10) == 0) {
				logger.info("Read {} of {} articles", read, annotations);
			}
			SeedFiles.Article annotation = this.files.readYaml(annotationFile, SeedFiles.Article.class);
			if (annotation == null) {
				continue;
			}
			String textFile = ARTICLES + "/" + base + ".txt";
			String text = this.files.readText(textFile, annotation.sha256(), annotationFile);
			if (!this.problems.checkSlug(annotationFile, 1, "article", annotation.slug(), new HashSet<>())) {
				continue;
			}
			String previous = slugs.putIfAbsent(annotation.slug(), annotationFile);
			if (previous != null) {
				this.problems.problem(annotationFile, 1,
						"duplicate article slug '" + annotation.slug() + "' (also in " + previous + ")");
			}
			if (text != null) {
				ArticleRow article = new ArticleAnnotator(annotationFile, textFile, annotation, text, references,
						this.problems, this.files)
					.annotate();
				if (article != null) {
					articles.add(article);
				}
			}
		}
		return articles;
	}

	private static <T> Set<String> slugs(List<T> rows, Function<T, String> slug) {
		Set<String> slugs = new HashSet<>();
		rows.forEach((row) -> slugs.add(slug.apply(row)));
		return slugs;
	}

}
