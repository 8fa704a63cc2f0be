package dev.newsgraph.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.newsgraph.seed.CuratedDataset.ArticleRow;
import dev.newsgraph.seed.CuratedDataset.QuoteRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The curated dataset in {@code seeds/} checked by machine, and the reader's report on
 * broken folders. No database.
 */
class SeedFolderReaderTest {

	static final Path SEEDS = Path.of("seeds");

	static final Path FIXTURES = Path.of("src/test/resources/seed-fixtures");

	/** Double quotation marks that no curated quote claims, by article slug, with why. */
	static final Map<String, Map<Integer, String>> UNQUOTED_MARKS = Map.of();

	private final CuratedDataset dataset = SeedFolderReader.read(SEEDS);

	@Test
	void holdsTheFourArticlesWithEveryQuote() {
		assertThat(this.dataset.articles()).extracting(ArticleRow::fileName)
			.containsExactly("000_cf15dcd44346ca42.txt", "001_dcad1d4efefc566d.txt", "002_ce730489f399bb1d.txt",
					"003_b52f5c51bcccd79c.txt");
		assertThat(this.dataset.articles()).extracting((article) -> article.quotes().size())
			.containsExactly(9, 6, 1, 2);
		assertThat(this.dataset.counts())
			.isEqualTo(new DatasetCounts(1, 4, 22, 9, 18, this.dataset.counts().mentions()));
	}

	@Test
	void everyQuoteOccursVerbatimAtItsSpan() {
		for (ArticleRow article : this.dataset.articles()) {
			for (QuoteRow quote : article.quotes()) {
				assertThat(codePointSubstring(article.body(), quote.start(), quote.end()))
					.as("%s quote at %d", article.slug(), quote.start())
					.isEqualTo(quote.text());
			}
		}
	}

	@Test
	void everyQuotationMarkInTheBodiesIsAccountedFor() {
		for (ArticleRow article : this.dataset.articles()) {
			String body = article.body();
			Map<Integer, String> unclaimed = new TreeMap<>();
			for (int at = 0; at < body.length(); at++) {
				if ("\"“”".indexOf(body.charAt(at)) >= 0) {
					unclaimed.put(body.codePointCount(0, at), String.valueOf(body.charAt(at)));
				}
			}
			for (QuoteRow quote : article.quotes()) {
				unclaimed.remove(quote.start() - 1);
				unclaimed.remove(closingMark(body, quote.end()));
			}
			unclaimed.keySet().removeAll(UNQUOTED_MARKS.getOrDefault(article.slug(), Map.of()).keySet());
			assertThat(unclaimed)
				.as("quotation marks in %s that no quote accounts for (offset -> mark)", article.slug())
				.isEmpty();
		}
	}

	@Test
	void everyListedOrganizationIsMentionedAndNoAliasMatchesInsideAWord() {
		Map<String, String> organizationByAlias = new TreeMap<>();
		this.dataset.organizations()
			.forEach((organization) -> organization.aliases()
				.forEach((alias) -> organizationByAlias.put(alias, organization.slug())));
		MentionFinder finder = new MentionFinder(organizationByAlias);
		Map<String, Set<String>> mentioned = new TreeMap<>();
		for (ArticleRow article : this.dataset.articles()) {
			assertThat(finder.find(article.body()).insideWords()).as(article.slug()).isEmpty();
			for (CuratedDataset.MentionRow mention : article.mentions()) {
				String surface = MentionFinder.fold(codePointSubstring(article.body(), mention.start(), mention.end()));
				assertThat(organizationByAlias).as("%s at %d", article.slug(), mention.start())
					.anySatisfy((alias, organization) -> {
						assertThat(MentionFinder.fold(alias)).isEqualTo(surface);
						assertThat(organization).isEqualTo(mention.organizationSlug());
					});
				mentioned.computeIfAbsent(article.slug(), (slug) -> new TreeSet<>()).add(mention.organizationSlug());
			}
		}
		assertThat(mentioned)
			.containsExactlyInAnyOrderEntriesOf(Map.of("huawei-still-building-us-enterprise-business",
					Set.of("huawei", "huawei-symantec", "symantec", "reuters", "crn", "us-government",
							"china-government", "condor-storage", "metropark-communications"),
					"huawei-wants-to-be-seen-as-an-it-company",
					Set.of("huawei", "huawei-global-technical-services", "assurance-and-managed-services", "telefonica",
							"telefonica-south-america"),
					"huawei-fails-to-get-att-deal",
					Set.of("huawei", "att", "the-wall-street-journal", "honor", "samsung", "apple"),
					"ren-zhengfei-offers-us-company-a-5g-license",
					Set.of("huawei", "us-government", "lucent", "alcatel", "nokia", "ericsson")));
	}

	@Test
	void takesTheTitleFromTheAnnotationWhenTheFirstLineIsAParagraph() {
		assertThat(this.dataset.articles()).extracting(ArticleRow::title)
			.element(2)
			.isEqualTo("Huawei fails to get a deal with US carrier partner AT&T");
		assertThat(this.dataset.articles().get(2).body()).startsWith("Huawei fails to get a deal with US carrier");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					headline                 |             | false | Acme Expands In Europe  | Acme Expands In Europe
					paragraph                |             | true  | Acme grew. It hired 40. | Acme grew.
					abbreviation             |             | true  | U.S. sales fell 3.5% in May. Acme said. | U.S. sales fell 3.5% in May.
					paragraph without a stop |             | true  | Acme grew and hired     | Acme grew and hired
					annotated                | Acme grows  | true  | Acme grew. It hired 40. | Acme grows
					annotated headline       | Acme grows  | false | ACME GROWS!!            | Acme grows
					""")
	void titleIsTheAnnotationsOrTheHeadlineOrTheFirstSentence(String name, String annotated, boolean paragraph,
			String firstLine, String title) {
		assertThat(ArticleAnnotator.title(annotated, firstLine, paragraph)).isEqualTo(title);
	}

	@Test
	void readsTheSameDatasetTwiceWithTheSameChecksum() {
		assertThat(SeedFolderReader.read(SEEDS)).isEqualTo(this.dataset);
	}

	@Test
	void acceptsTheValidFixture() {
		CuratedDataset valid = SeedFolderReader.read(FIXTURES.resolve("valid"));
		assertThat(valid.articles()).singleElement().satisfies((article) -> {
			assertThat(article.title()).isEqualTo("Acme Widgets Expands In Europe");
			assertThat(article.publishedPrecision()).isEqualTo("MONTH");
			assertThat(article.quotes()).extracting(QuoteRow::aboutSlugs)
				.containsExactly(List.of(), List.of("telefonica"));
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					bad-yaml             | organizations.yaml:5: invalid YAML: while parsing a flow sequence (line 4, column 14) expected ',' or ']', but got : (line 5, column 9)
					unknown-organization | articles/acme.yaml:5: unknown organization 'globex'
					quote-not-in-text    | articles/acme.yaml:8: quote 1: text not found verbatim in the body; the longest beginning found (at articles/acme.txt:5) is 'We are ', then the quote has 't' where the body has 'd'
					duplicate-slug       | people.yaml:7: duplicate person slug 'jane-roe'
					bad-date             | articles/acme.yaml:4: bad date '2024-13': expected YYYY, YYYY-MM or YYYY-MM-DD (Invalid value for MonthOfYear (valid values 1 - 12): 13)
					missing-text-file    | articles/acme.yaml: its text file articles/acme.txt is missing
					checksum-changed     | articles/acme.txt: text changed: its SHA-256 is 56c2863fb2894dd244c31c1e5e1fba3eaf1f81b56d59ccd3011a0fe77abf1fc8 but articles/acme.yaml records 439646f98bd9f08397a5e87431603d29c425d7f9f7807607c9ba82b5e4b3298b; texts are kept byte-for-byte as received
					blank-title          | articles/acme.yaml:3: the title is blank; give one or leave it out
					alias-inside-word    | articles/acme.txt:3: alias 'Widget' of organization widget matches inside the word 'Widgets'; make the alias more specific
					""")
	void reportsEachDefectPrecisely(String fixture, String problem) {
		assertThatExceptionOfType(SeedValidationException.class)
			.isThrownBy(() -> SeedFolderReader.read(FIXTURES.resolve(fixture)))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SeedProblem::toString).containsExactly(problem));
	}

	private static final List<String> WARNINGS = List.of(
			"articles/acme.txt:7: organization globex occurs here as 'Globex Corporation' but the annotation does not "
					+ "list it, so this mention is left out",
			"articles/acme.txt:7: person john-doe is named here but the annotation does not list them",
			"articles/acme.txt:7: quotation marks hold \"a bold bet\" but no quote claims it");

	@Test
	void warnsOfWhatACuratorProbablyMissedWithoutFailing() {
		List<SeedProblem> warnings = new java.util.ArrayList<>();
		DatasetCounts counts = SeedFolderReader.validate(FIXTURES.resolve("warnings"), false, warnings::add);
		assertThat(counts.articles()).isOne();
		assertThat(warnings).extracting(SeedProblem::toString).containsExactlyElementsOf(WARNINGS);
		List<SeedProblem> none = new java.util.ArrayList<>();
		SeedFolderReader.validate(FIXTURES.resolve("valid"), false, none::add);
		assertThat(none).isEmpty();
	}

	@Test
	void strictMakesTheWarningsProblems() {
		assertThatExceptionOfType(SeedValidationException.class)
			.isThrownBy(() -> SeedFolderReader.validate(FIXTURES.resolve("warnings"), true, (warning) -> {
			}))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SeedProblem::toString)
				.containsExactlyElementsOf(WARNINGS));
	}

	@Test
	void reportsEveryDefectInOneGo() {
		assertThatExceptionOfType(SeedValidationException.class)
			.isThrownBy(() -> SeedFolderReader.read(FIXTURES.resolve("many-defects")))
			.satisfies((ex) -> assertThat(ex.getProblems()).extracting(SeedProblem::toString)
				.containsExactly(
						"articles/acme.yaml:4: bad date 'March 2024': expected YYYY, YYYY-MM or YYYY-MM-DD (not of that form)",
						"articles/acme.yaml:5: unknown organization 'globex'",
						"articles/acme.yaml:8: quote 1: text not found verbatim in the body; the longest beginning found "
								+ "(at articles/acme.txt:5) is 'We are ', then the quote has 't' where the body has 'd'",
						"people.yaml:5: person jane-roe: affiliation with unknown organization 'initech'"));
	}

	/** The offset of the mark closing a quote: after the text, past a comma or spaces. */
	private static int closingMark(String body, int endCodePoint) {
		int at = body.offsetByCodePoints(0, endCodePoint);
		while (at < body.length() && (body.charAt(at) == ',' || body.charAt(at) == ' ')) {
			at++;
		}
		return body.codePointCount(0, at);
	}

	private static String codePointSubstring(String text, int start, int end) {
		return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
	}

}
