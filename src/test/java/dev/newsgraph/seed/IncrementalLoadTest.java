package dev.newsgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.GeneratedSeedFolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reloads of a generated 2,000-article seed folder (issue 11), in a context and database
 * of its own: an identical reload writes nothing, an edit rewrites only its article, and
 * a defect near the end leaves the served dataset as it was while a reader queries it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "newsgraph.seed.load-on-startup=false")
@ActiveProfiles("test")
class IncrementalLoadTest {

	private static final int ARTICLES = 2_000;

	/** The loader's own bookkeeping, not the dataset. */
	private static final String STAMPS = "article_file_stamps";

	private static final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	static Path generated;

	@TempDir
	Path work;

	@Autowired
	SeedLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeedDatabase database;

	@Autowired
	DerivedData derived;

	@LocalServerPort
	int port;

	private Path folder;

	@BeforeAll
	static void generateTheFolder() {
		GeneratedSeedFolder.write(generated.resolve("seeds"), ARTICLES, 11);
	}

	/** A fresh copy of the generated folder, loaded. */
	@BeforeEach
	void loadACopy() throws IOException {
		this.folder = this.work.resolve("seeds");
		FileSystemUtils.copyRecursively(generated.resolve("seeds"), this.folder);
		this.loader.load(this.folder);
		assertThat(count("select count(*) from articles")).isEqualTo(ARTICLES);
	}

	@Test
	void anIdenticalReloadWritesNothing() {
		Map<String, String> rows = DatabaseFingerprint.of(this.jdbc, STAMPS);
		Map<String, String> versions = rowVersions();
		// files copied a moment ago get their stamps now (see the next test)
		assertThat(this.loader.load(this.folder).written()).isFalse();
		assertThat(DatabaseFingerprint.of(this.jdbc, STAMPS)).isEqualTo(rows);
		assertThat(rowVersions()).isEqualTo(versions);
		Map<String, String> stamped = DatabaseFingerprint.of(this.jdbc);
		assertThat(this.loader.load(this.folder).written()).isFalse();
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(stamped);
	}

	@Test
	void filesWithTheSizeAndTimeOfTheLastLoadAreNotReadAgain() throws IOException {
		// files written a moment ago may be written again within the same tick: not
		// stamped
		try (Stream<Path> files = Files.list(this.folder.resolve("articles"))) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
			}
		}
		this.loader.load(this.folder);
		assertThat(count("select count(*) from article_file_stamps where stamp is not null")).isEqualTo(ARTICLES);
		// the same size and modification time, as git's index would be fooled: not read
		Path annotation = this.folder.resolve("articles/0000700.yaml");
		FileTime modified = Files.getLastModifiedTime(annotation);
		String text = Files.readString(annotation);
		String source = text.lines().filter((line) -> line.startsWith("source: ")).findFirst().orElseThrow();
		Files.writeString(annotation, text.replace(source, "source: " + "x".repeat(source.length() - 8)));
		Files.setLastModifiedTime(annotation, modified);
		assertThat(this.loader.load(this.folder).written()).isFalse();
		// a later time: read, and its defect found
		Files.setLastModifiedTime(annotation, FileTime.from(modified.toInstant().plusSeconds(1)));
		assertThatExceptionOfType(SeedValidationException.class).isThrownBy(() -> this.loader.load(this.folder));
	}

	@Test
	void anEditUpdatesWhatItCountsForAsAFullRebuildWould() throws IOException {
		assertDayCountsMatchTheRows();
		// one organization no quote speaks for leaves the annotation, and the last quote
		// goes
		Path annotation = this.folder.resolve("articles/0001500.yaml");
		String text = Files.readString(annotation);
		String unquoted = text.lines()
			.dropWhile((line) -> !line.equals("organizations:"))
			.skip(1)
			.takeWhile((line) -> line.startsWith("- "))
			.map((line) -> line.substring(2))
			.filter((slug) -> !text.contains("organization: " + slug + "\n"))
			.findFirst()
			.orElseThrow();
		Files.writeString(annotation, text.replace("- " + unquoted + "\n", "")
			.substring(0, text.replace("- " + unquoted + "\n", "").lastIndexOf("\n- text: ") + 1));
		assertThat(this.loader.load(this.folder).written()).isTrue();
		assertDayCountsMatchTheRows();
		Map<String, String> refreshed = DatabaseFingerprint.of(this.jdbc, STAMPS);
		this.database.transaction().executeWithoutResult((status) -> this.derived.rebuild(this.database.jdbc()));
		assertThat(DatabaseFingerprint.of(this.jdbc, STAMPS)).isEqualTo(refreshed);
	}

	@Test
	void oneEditedQuoteRewritesOnlyItsArticle() throws IOException {
		Path annotation = this.folder.resolve("articles/0001000.yaml");
		String text = Files.readString(annotation);
		assertThat(text).contains("  role: ");
		Files.writeString(annotation, text.replaceFirst("  role: [^\n]*", "  role: acting spokesperson"));
		long id = this.jdbc.sql("select id from articles where file_name = '0001000.txt'").query(Long.class).single();
		Map<String, String> all = rowVersions();
		Map<String, String> others = rowVersions("where id <> " + id, "where article_id <> " + id);

		assertThat(this.loader.load(this.folder).written()).isTrue();

		assertThat(rowVersions()).isNotEqualTo(all);
		// every other article and span is the very same row version: not rewritten
		assertThat(rowVersions("where id <> " + id, "where article_id <> " + id)).isEqualTo(others);
		assertThat(count("select count(*) from quotes where role = 'acting spokesperson' and article_id = " + id))
			.isOne();
	}

	/**
	 * The row versions ({@code xmin}) of the articles and their spans: a rewrite changes
	 * them.
	 */
	private Map<String, String> rowVersions() {
		return rowVersions("", "");
	}

	private Map<String, String> rowVersions(String articles, String spans) {
		return Map.of("articles", versions("articles", articles), "quotes", versions("quotes", spans),
				"organization_mentions", versions("organization_mentions", spans));
	}

	private String versions(String table, String where) {
		return this.jdbc.sql("select md5(string_agg(xmin::text, ',' order by id)) from " + table + " " + where)
			.query(String.class)
			.single();
	}

	/**
	 * Issue 19: a page and its ETag belong to the dataset version they were read from. A
	 * cursor from before a reload is refused with {@code STALE_CURSOR}, top-level and
	 * nested, and an ETag from before it no longer matches.
	 */
	@Test
	void aReloadEndsTheCursorsAndETagsOfTheVersionBefore() throws IOException {
		String speaker = this.jdbc
			.sql("select p.slug from people p where exists (select 1 from quotes q where q.speaker_id = p.id) limit 1")
			.query(String.class)
			.single();
		Map<String, Object> articles = Map.of("first", 2);
		Map<String, Object> quotes = Map.of("slug", speaker, "first", 1);
		String articlesCursor = json.readTree(post("articles-page", articles))
			.at("/data/articles/pageInfo/endCursor")
			.asString();
		String quotesCursor = json.readTree(post("person-quotes-page", quotes))
			.at("/data/person/quotes/pageInfo/endCursor")
			.asString();
		HttpResponse<String> cached = get("{ dataset { version } articles(first: 1) { nodes { slug } } }", null);
		String etag = cached.headers().firstValue("ETag").orElseThrow();
		assertThat(get("{ dataset { version } articles(first: 1) { nodes { slug } } }", etag).statusCode())
			.isEqualTo(304);
		// before the reload the cursors page on
		assertThat(post("articles-page", with(articles, "after", articlesCursor))).doesNotContain("errors");

		Path annotation = this.folder.resolve("articles/0001000.yaml");
		String original = Files.readString(annotation);
		Files.writeString(annotation, original.replaceFirst("  role: [^\n]*", "  role: acting spokesperson"));
		assertThat(this.loader.load(this.folder).written()).isTrue();

		for (String answer : List.of(post("articles-page", with(articles, "after", articlesCursor)),
				post("articles-page", Map.of("last", 2, "before", articlesCursor)),
				post("person-quotes-page", with(quotes, "after", quotesCursor)))) {
			assertThat(json.readTree(answer).at("/errors/0/extensions/classification").asString())
				.isEqualTo("STALE_CURSOR");
			assertThat(json.readTree(answer).at("/errors/0/message").asString())
				.matches("The dataset was reloaded \\(version \\d+ to \\d+\\) after this cursor was issued;"
						+ " page again from the first page");
		}
		String restarted = post("articles-page", articles);
		assertThat(restarted).doesNotContain("errors");
		assertThat(post("articles-page",
				with(articles, "after", json.readTree(restarted).at("/data/articles/pageInfo/endCursor").asString())))
			.doesNotContain("errors");
		HttpResponse<String> fresh = get("{ dataset { version } articles(first: 1) { nodes { slug } } }", etag);
		assertThat(fresh.statusCode()).isEqualTo(200);
		assertThat(fresh.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

		// back to the first folder: the same data, but a load later, whose cursors differ
		Files.writeString(annotation, original);
		assertThat(this.loader.load(this.folder).written()).isTrue();
		assertThat(get("{ dataset { version } articles(first: 1) { nodes { slug } } }", etag).statusCode())
			.isEqualTo(200);
	}

	private static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put(name, value);
		return all;
	}

	private String post(String document, Map<String, Object> variables) {
		try {
			String query = new ClassPathResource("graphql-test/" + document + ".graphql")
				.getContentAsString(StandardCharsets.UTF_8);
			String body = json.writeValueAsString(Map.of("query", query, "variables", variables));
			return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))).body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private HttpResponse<String> get(String query, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return send(request.GET());
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aDefectInArticle1999LeavesTheServedDatasetAsItWasWhileAReaderQueries() throws Exception {
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		String served = dataset();
		// a changed shared file makes every article be read and staged again: a long load
		Path organizations = this.folder.resolve("organizations.yaml");
		Files.writeString(organizations, Files.readString(organizations) + "\n# reviewed\n");
		Path annotation = this.folder.resolve("articles/0001999.yaml");
		Files.writeString(annotation, Files.readString(annotation).replaceFirst("(?m)^source: .*$", "source: nowhere"));
		Set<String> seen = ConcurrentHashMap.newKeySet();
		AtomicBoolean loading = new AtomicBoolean(true);
		Thread reader = new Thread(() -> {
			while (loading.get()) {
				seen.add(dataset());
			}
		});
		reader.start();
		try {
			assertThatExceptionOfType(SeedValidationException.class).isThrownBy(() -> this.loader.load(this.folder))
				.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SeedProblem::toString)
					.containsExactly(
							"articles/0001999.yaml:" + lineOf(annotation, "source:") + ": unknown source 'nowhere'"));
		}
		finally {
			loading.set(false);
			reader.join();
		}
		assertThat(seen).containsExactly(served);
		assertThat(DatabaseFingerprint.of(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aLoadIntoAnEmptyDatasetCopiesTheRowsAStagedLoadWouldAndKeepsTheSchema() throws IOException {
		String schema = schema();
		emptyTheDataset();
		Path annotation = this.folder.resolve("articles/0001999.yaml");
		String text = Files.readString(annotation);
		Files.writeString(annotation, text.replaceFirst("(?m)^source: .*$", "source: nowhere"));
		assertThatExceptionOfType(SeedValidationException.class).isThrownBy(() -> this.loader.load(this.folder));
		assertThat(count("select count(*) from articles")).isZero();
		assertThat(schema()).isEqualTo(schema);

		Files.writeString(annotation, text);
		this.loader.load(this.folder);
		// stamps depend on when each load ran (none for files written just before it)
		Map<String, String> copied = DatabaseFingerprint.of(this.jdbc, "dataset_loads", STAMPS);
		assertThat(count("select count(*) from " + STAMPS)).isEqualTo(ARTICLES);
		assertThat(schema()).isEqualTo(schema);

		// the first article copied into the empty dataset, then the others staged and
		// merged
		emptyTheDataset();
		Path aside = this.work.resolve("aside");
		Files.createDirectories(aside);
		try (Stream<Path> files = Files.list(this.folder.resolve("articles"))) {
			for (Path file : files.filter((file) -> !file.getFileName().toString().startsWith("0000001.")).toList()) {
				Files.move(file, aside.resolve(file.getFileName()));
			}
		}
		this.loader.load(this.folder);
		assertThat(count("select count(*) from articles")).isOne();
		try (Stream<Path> files = Files.list(aside)) {
			for (Path file : files.toList()) {
				Files.move(file, this.folder.resolve("articles").resolve(file.getFileName()));
			}
		}
		this.loader.load(this.folder);
		assertThat(DatabaseFingerprint.of(this.jdbc, "dataset_loads", STAMPS)).isEqualTo(copied);
		assertThat(schema()).isEqualTo(schema);
	}

	/**
	 * Every index and constraint, as the catalogue defines them, and each table's indexes
	 * in the order PostgreSQL checks them (which names the constraint a duplicate
	 * breaks).
	 */
	private String schema() {
		return this.jdbc
			.sql("""
					select string_agg(definition, E'\\n' order by definition) from (
					    select indexdef as definition from pg_indexes where schemaname = 'public'
					    union all
					    select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
					    from pg_constraint where connamespace = 'public'::regnamespace
					    union all
					    select indrelid::regclass || ': ' || string_agg(indexrelid::regclass::text, ', ' order by indexrelid)
					    from pg_index join pg_class t on t.oid = indrelid
					    where t.relnamespace = 'public'::regnamespace group by indrelid) d
					""")
			.query(String.class)
			.single();
	}

	/** The articles and all that hangs on them gone, their ids to start again at 1. */
	private void emptyTheDataset() {
		this.jdbc.sql("truncate articles restart identity cascade").update();
	}

	/**
	 * The per-day counts behind the timelines, against the same counts made here from the
	 * loaded rows (mentions, quotes, quote topics and named people, not the derived
	 * links).
	 */
	private void assertDayCountsMatchTheRows() {
		assertThat(
				digest("select organization_id, day, precision, articles, quotes, quotes_about from organization_days"))
			.isEqualTo(
					digest("""
							select o, d, p, sum(a), sum(q), sum(qa) from (
							    select m.organization_id as o, x.published_on as d, x.published_precision as p, 1 as a, 0 as q, 0 as qa
							    from (select distinct organization_id, article_id from organization_mentions) m
							    join articles x on x.id = m.article_id where x.published_on is not null
							    union all
							    select q.organization_id, x.published_on, x.published_precision, 0, 1, 0
							    from quotes q join articles x on x.id = q.article_id
							    where q.organization_id is not null and x.published_on is not null
							    union all
							    select qa.organization_id, x.published_on, x.published_precision, 0, 0, 1
							    from quote_about qa join quotes q on q.id = qa.quote_id join articles x on x.id = q.article_id
							    where x.published_on is not null) t
							group by o, d, p
							"""));
		assertThat(digest("select person_id, day, precision, articles, quotes from person_days")).isEqualTo(digest("""
				select s, d, p, sum(a), sum(q) from (
				    select ap.person_id as s, x.published_on as d, x.published_precision as p, 1 as a, 0 as q
				    from article_people ap join articles x on x.id = ap.article_id where x.published_on is not null
				    union all
				    select q.speaker_id, x.published_on, x.published_precision, 0, 1
				    from quotes q join articles x on x.id = q.article_id
				    where q.speaker_id is not null and x.published_on is not null) t
				group by s, d, p
				"""));
	}

	/** The rows of a query, order aside. */
	private String digest(String query) {
		return this.jdbc
			.sql("select count(*) || ':' || md5(string_agg(r::text, '|' order by r::text)) from (" + query + ") r")
			.query(String.class)
			.single();
	}

	private static int lineOf(Path file, String prefix) {
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith(prefix)) {
					return i + 1;
				}
			}
			return 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The dataset's version and counts, as a client reads them over HTTP. */
	private String dataset() {
		try {
			String query = new ClassPathResource("graphql-test/dataset.graphql")
				.getContentAsString(StandardCharsets.UTF_8);
			String body = "{\"query\":" + json.writeValueAsString(query) + "}";
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body)));
			// the data alone: the cost extension tells the client's remaining budget
			return response.statusCode() + " " + json.readTree(response.body()).path("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
