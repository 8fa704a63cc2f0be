package dev.newsgraph.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.synthetic.Cast.Organization;
import dev.newsgraph.synthetic.SyntheticArticle.Mention;
import dev.newsgraph.synthetic.SyntheticArticle.Quote;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text generator without a database: deterministic, and every span where it says.
 */
class ArticleFactoryTest {

	private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	private final Words words = Words.load();

	private final Prose prose = new Prose(this.words.vocabulary());

	private final Cast cast = Cast.create(42, 2000, this.words, this.prose);

	@Test
	void anArticleDependsOnlyOnTheSeedAndItsNumber() {
		ArticleFactory factory = new ArticleFactory(42, this.cast, this.prose, this.words);
		SyntheticArticle article = factory.create(17);
		factory.create(18);
		ArticleFactory again = new ArticleFactory(42, Cast.create(42, 2000, this.words, this.prose), this.prose,
				this.words);
		assertThat(again.create(17)).isEqualTo(article);
		assertThat(new ArticleFactory(43, this.cast, this.prose, this.words).create(17).body())
			.isNotEqualTo(article.body());
	}

	@Test
	void mentionsAndQuotesAreWhereTheyAreRecorded() {
		ArticleFactory factory = new ArticleFactory(42, this.cast, this.prose, this.words);
		for (int id = 1; id <= 200; id++) {
			SyntheticArticle article = factory.create(id);
			assertThat(article.length()).isEqualTo(article.body().codePointCount(0, article.body().length()))
				.isBetween(1500, 4500);
			assertThat(article.quotes()).hasSizeLessThanOrEqualTo(8);
			assertThat(article.slug()).matches(SLUG).hasSizeLessThanOrEqualTo(100).endsWith("-" + id);
			for (Mention mention : article.mentions()) {
				Organization organization = this.cast.organization(mention.organizationId());
				assertThat(article.body().substring(mention.start(), mention.end())).isIn(organization.name(),
						organization.alias());
			}
			for (Quote quote : article.quotes()) {
				assertThat(article.body().substring(quote.start(), quote.end())).isEqualTo(quote.text());
				assertThat(quote.context()).contains(quote.text()).doesNotContain("\n");
				assertThat(article.people()).contains(quote.speakerId());
			}
		}
	}

	@Test
	void namesAndSlugsAreUniqueAndValid() {
		List<Organization> organizations = this.cast.organizations();
		Set<String> aliases = new HashSet<>();
		organizations.forEach((organization) -> {
			assertThat(aliases.add(organization.name())).isTrue();
			assertThat(aliases.add(organization.alias())).isTrue();
		});
		assertThat(organizations.stream().map(Organization::slug).distinct()).hasSize(organizations.size())
			.allMatch((slug) -> slug.matches(SLUG));
		assertThat(this.cast.people().stream().map(Cast.Person::slug).distinct()).hasSize(this.cast.people().size())
			.allMatch((slug) -> slug.matches(SLUG));
		// every pair of a given and a family name has a slug of its own
		Set<String> slugs = new HashSet<>();
		this.words.givenNames()
			.forEach((given) -> this.words.familyNames()
				.forEach((family) -> assertThat(slugs.add(Prose.slug(given + " " + family, 100))).isTrue()));
	}

	@Test
	void wordsAreCountedAsTheSeedLoaderCountsThem() {
		assertThat(ArticleFactory.wordCount("\"Hello, world,\" said Jane A. Doe — at 9 am.\n\nNext")).isEqualTo(10);
		assertThat(IntStream.of(ArticleFactory.wordCount(""), ArticleFactory.wordCount("  \n "))).containsOnly(0);
	}

}
