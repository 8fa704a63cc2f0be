package dev.newsgraph.synthetic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import dev.newsgraph.progress.Progress;
import dev.newsgraph.synthetic.Cast.Affiliation;
import dev.newsgraph.synthetic.Cast.Organization;
import dev.newsgraph.synthetic.Cast.Person;
import dev.newsgraph.synthetic.SyntheticArticle.Mention;
import dev.newsgraph.synthetic.SyntheticArticle.Quote;

/**
 * Writes a synthetic dataset as a seed folder in the curated format: the three shared
 * files, then a text and an annotation per article, the same for the same seed. The
 * annotation lists what a curator would (the organizations and speakers, each quote
 * verbatim); the loader finds the spans itself, as in any curated folder. One article is
 * held at a time, so memory stays bounded.
 */
final class SeedFolderWriter {

	private static final ObjectMapper yaml = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
		.build();

	private final ArticleFactory factory;

	private final MessageDigest sha256;

	private final int articles;

	SeedFolderWriter(long seed, int articles) {
		this.factory = ArticleFactory.create(seed, articles);
		this.articles = articles;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Writes the folder, which must not exist or be empty.
	 * @param progress told after each article
	 */
	void write(Path folder, Progress progress) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IOException(folder + " is not empty; give a new or empty folder");
				}
			}
		}
		Path articlesFolder = Files.createDirectories(folder.resolve("articles"));
		Cast cast = this.factory.cast();
		write(folder.resolve("sources.yaml"), Map.of("sources", sources()));
		write(folder.resolve("organizations.yaml"), Map.of("organizations", organizations(cast)));
		write(folder.resolve("people.yaml"), Map.of("people", people(cast)));
		for (int id = 1; id <= this.articles; id++) {
			SyntheticArticle article = this.factory.create(id);
			String name = "%07d".formatted(id);
			// the title, a blank line, the body: the first line is the headline
			byte[] text = (article.title() + "\n\n" + article.body()).getBytes(StandardCharsets.UTF_8);
			Files.write(articlesFolder.resolve(name + ".txt"), text);
			write(articlesFolder.resolve(name + ".yaml"),
					annotation(article, HexFormat.of().formatHex(this.sha256.digest(text)), cast));
			progress.advance(1);
		}
	}

	private static List<Map<String, Object>> sources() {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (int id = 1; id <= Cast.SOURCES.size(); id++) {
			String slug = Cast.sourceSlug(id);
			sources.add(entry("slug", slug, "name", Cast.SOURCES.get(id - 1), "url", "https://" + slug + ".example/"));
		}
		return sources;
	}

	private static List<Map<String, Object>> organizations(Cast cast) {
		List<Map<String, Object>> organizations = new ArrayList<>();
		for (Organization organization : cast.organizations()) {
			organizations.add(entry("slug", organization.slug(), "name", organization.name(), "aliases",
					List.of(organization.name(), organization.alias()), "kind", organization.kind(), "parent",
					(organization.parentId() != null) ? cast.organization(organization.parentId()).slug() : null,
					"country", organization.country(), "description", organization.description()));
		}
		return organizations;
	}

	private static List<Map<String, Object>> people(Cast cast) {
		List<Map<String, Object>> people = new ArrayList<>();
		for (Person person : cast.people()) {
			List<Map<String, Object>> affiliations = new ArrayList<>();
			for (Affiliation affiliation : person.affiliations()) {
				affiliations.add(entry("organization", cast.organization(affiliation.organizationId()).slug(), "role",
						affiliation.role()));
			}
			people.add(entry("slug", person.slug(), "name", person.name(), "aliases", List.of(person.familyName()),
					"affiliations", affiliations));
		}
		return people;
	}

	private static Map<String, Object> annotation(SyntheticArticle article, String sha256, Cast cast) {
		Set<String> organizations = new LinkedHashSet<>();
		for (Mention mention : article.mentions()) {
			organizations.add(cast.organization(mention.organizationId()).slug());
		}
		List<Map<String, Object>> quotes = new ArrayList<>();
		for (Quote quote : article.quotes()) {
			quotes.add(entry("text", quote.text(), "occurrence", occurrence(article.body(), quote), "speaker",
					cast.person(quote.speakerId()).slug(), "organization",
					cast.organization(quote.organizationId()).slug(), "role", quote.role()));
		}
		return entry("slug", article.slug(), "sha256", sha256, "source",
				(article.sourceId() != null) ? Cast.sourceSlug(article.sourceId()) : null, "url", article.url(),
				"published", published(article), "byline", article.byline(), "organizations",
				List.copyOf(organizations), "people",
				article.people().stream().map((id) -> cast.person(id).slug()).toList(), "quotes", quotes);
	}

	/** Which occurrence of its text the quote is, when the text occurs more than once. */
	private static Integer occurrence(String body, Quote quote) {
		int start = body.offsetByCodePoints(0, quote.start());
		int before = 0;
		for (int at = body.indexOf(quote.text()); at >= 0 && at < start; at = body.indexOf(quote.text(), at + 1)) {
			before++;
		}
		boolean repeated = body.indexOf(quote.text(), body.indexOf(quote.text()) + 1) >= 0;
		return repeated ? before + 1 : null;
	}

	private static String published(SyntheticArticle article) {
		if (article.publishedOn() == null) {
			return null;
		}
		String day = article.publishedOn().toString();
		return switch (article.precision()) {
			case "YEAR" -> day.substring(0, 4);
			case "MONTH" -> day.substring(0, 7);
			default -> day;
		};
	}

	/** A YAML mapping in the order given, without the keys whose value is null. */
	private static Map<String, Object> entry(Object... keysAndValues) {
		Map<String, Object> entry = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				entry.put((String) keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return entry;
	}

	private static void write(Path file, Object value) throws IOException {
		Files.write(file, yaml.writeValueAsBytes(value));
	}

}
