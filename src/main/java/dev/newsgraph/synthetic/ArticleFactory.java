package dev.newsgraph.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import dev.newsgraph.seed.SeedDatabase;
import dev.newsgraph.synthetic.Cast.Affiliation;
import dev.newsgraph.synthetic.Cast.Organization;
import dev.newsgraph.synthetic.Cast.Person;
import dev.newsgraph.synthetic.SyntheticArticle.Mention;
import dev.newsgraph.synthetic.SyntheticArticle.Quote;

/**
 * Writes article number {@code id} from its own random stream: a lede naming the main
 * organization, quotes attributed to people of the organizations they speak for, other
 * organizations in the news, and prose around them to 1,500-3,000 characters (more when
 * quotes abound), every span recorded where it was written.
 */
final class ArticleFactory {

	private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

	/** Fifteen years of news. */
	private static final int DAYS = (int) FIRST_DAY.until(FIRST_DAY.plusYears(15), ChronoUnit.DAYS);

	private final long seed;

	private final Cast cast;

	private final Prose prose;

	private final Words words;

	private final MessageDigest sha256;

	ArticleFactory(long seed, Cast cast, Prose prose, Words words) {
		this.seed = seed;
		this.cast = cast;
		this.prose = prose;
		this.words = words;
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The factory of a synthetic dataset, with its cast: the same for the same seed and
	 * size.
	 */
	static ArticleFactory create(long seed, int articles) {
		Words words = Words.load();
		Prose prose = new Prose(words.vocabulary());
		return new ArticleFactory(seed, Cast.create(seed, articles, words, prose), prose, words);
	}

	Cast cast() {
		return this.cast;
	}

	SyntheticArticle create(int id) {
		SplittableRandom random = new SplittableRandom(Seeds.mix(this.seed, id));
		List<Organization> topics = new ArrayList<>(3);
		int topicCount = 1 + random.nextInt(3);
		for (int tries = 0; topics.size() < topicCount && tries < 10; tries++) {
			Organization organization = this.cast.newsworthy(random);
			if (topics.stream().noneMatch((topic) -> topic.id() == organization.id())) {
				topics.add(organization);
			}
		}
		String title = this.prose.title(random, topics.get(0).alias());
		Draft draft = new Draft(random);
		draft.paragraph();
		draft.sentenceNaming(topics.get(0));
		draft.fillers(1 + random.nextInt(2));
		// pieces below `quotes` are quotes, the rest topics (the main one again only half
		// the
		// time), in random order
		int quotes = Integer.bitCount(random.nextInt(256));
		int[] pieces = new int[quotes + topics.size()];
		for (int i = 0; i < pieces.length; i++) {
			pieces[i] = i;
		}
		for (int i = pieces.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = pieces[i];
			pieces[i] = pieces[j];
			pieces[j] = swap;
		}
		for (int piece : pieces) {
			if (random.nextBoolean()) {
				draft.paragraph();
				draft.fillers(1 + random.nextInt(3));
			}
			if (piece < quotes) {
				draft.quote(topics);
			}
			else if (piece > quotes || random.nextBoolean()) {
				draft.paragraph();
				draft.sentenceNaming(topics.get(piece - quotes));
			}
		}
		int target = 1500 + random.nextInt(1501);
		while (draft.text.length() < target) {
			draft.paragraph();
			for (int i = 0; i < 4 && draft.text.length() < target; i++) {
				draft.fillers(1);
			}
		}
		return finish(id, title, draft, random);
	}

	private SyntheticArticle finish(int id, String title, Draft draft, SplittableRandom random) {
		String body = draft.text.toString();
		String slug = Prose.slug(title, 90) + "-" + id;
		Integer source = this.cast.source(random);
		LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
		int dating = random.nextInt(100);
		LocalDate published = (dating < 2) ? null
				: (dating < 5) ? day.withDayOfYear(1) : (dating < 12) ? day.withDayOfMonth(1) : day;
		String precision = (dating < 2) ? null : (dating < 5) ? "YEAR" : (dating < 12) ? "MONTH" : "DAY";
		String url = (source != null) ? "https://" + Cast.sourceSlug(source) + ".example/"
				+ ((published != null) ? published.getYear() : "archive") + "/" + slug : null;
		String byline = (random.nextInt(4) > 0)
				? "By " + pick(this.words.givenNames(), random) + " " + pick(this.words.familyNames(), random) : null;
		String sha256 = HexFormat.of().formatHex(this.sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
		return new SyntheticArticle(id, slug, SeedDatabase.SYNTHETIC_FILE_PREFIX + slug + ".txt", sha256, title, body,
				body.length(), source, url, published, precision, byline, wordCount(body), List.copyOf(draft.speakers),
				List.copyOf(draft.mentions), List.copyOf(draft.quotes));
	}

	private static String pick(List<String> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

	/** Whitespace-separated tokens with a letter or digit, as the seed loader counts. */
	static int wordCount(String body) {
		int words = 0;
		boolean inToken = false;
		boolean counted = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (Character.isWhitespace(c)) {
				inToken = false;
			}
			else {
				if (!inToken) {
					inToken = true;
					counted = false;
				}
				if (!counted && Character.isLetterOrDigit(c)) {
					words++;
					counted = true;
				}
			}
		}
		return words;
	}

	/** The body as it is written, with the spans recorded so far. */
	private final class Draft {

		private final StringBuilder text = new StringBuilder(4096);

		private final SplittableRandom random;

		private final List<Mention> mentions = new ArrayList<>();

		private final List<Quote> quotes = new ArrayList<>();

		private final List<Integer> speakers = new ArrayList<>();

		private int paragraphStart;

		Draft(SplittableRandom random) {
			this.random = random;
		}

		void paragraph() {
			if (this.text.length() > 0) {
				this.text.append("\n\n");
			}
			this.paragraphStart = this.text.length();
		}

		/** Before a sentence: a space unless it opens the paragraph. */
		private void space() {
			if (this.text.length() > this.paragraphStart) {
				this.text.append(' ');
			}
		}

		void fillers(int count) {
			for (int i = 0; i < count; i++) {
				space();
				ArticleFactory.this.prose.sentence(this.text, this.random);
			}
		}

		void sentenceNaming(Organization organization) {
			space();
			int before = this.random.nextInt(8);
			ArticleFactory.this.prose.words(this.text, this.random, before, true);
			if (before > 0) {
				this.text.append(' ');
			}
			mention(organization);
			this.text.append(' ');
			ArticleFactory.this.prose.words(this.text, this.random, 4 + this.random.nextInt(10), false);
			this.text.append('.');
		}

		/** The full name the first time, then mostly the short alias. */
		private void mention(Organization organization) {
			boolean named = this.mentions.stream().anyMatch((m) -> m.organizationId() == organization.id());
			int start = this.text.length();
			this.text.append((named && this.random.nextInt(10) < 7) ? organization.alias() : organization.name());
			this.mentions.add(new Mention(organization.id(), start, this.text.length()));
		}

		/**
		 * A paragraph with a quote: a new speaker is introduced with the role and
		 * organization spoken for; a returning one by family name.
		 */
		void quote(List<Organization> topics) {
			Person speaker = (!this.speakers.isEmpty() && this.random.nextInt(3) == 0)
					? ArticleFactory.this.cast.people()
						.get(this.speakers.get(this.random.nextInt(this.speakers.size())) - 1)
					: ArticleFactory.this.cast.speaker(this.random);
			boolean known = this.speakers.contains(speaker.id());
			if (!known) {
				this.speakers.add(speaker.id());
			}
			Affiliation affiliation = speaker.affiliations().get(this.random.nextInt(speaker.affiliations().size()));
			Organization organization = ArticleFactory.this.cast.organization(affiliation.organizationId());
			Organization about = (this.random.nextInt(10) < 3) ? topics.get(this.random.nextInt(topics.size())) : null;
			paragraph();
			if (this.random.nextBoolean()) {
				fillers(1);
			}
			space();
			int start;
			int end;
			if (!known && this.random.nextBoolean()) {
				this.text.append(speaker.name());
				attribution(affiliation.role(), organization);
				this.text.append((affiliation.role() != null) ? ", said: \"" : " said: \"");
				start = this.text.length();
				quoteText(about, true);
				end = this.text.length();
				this.text.append('"');
			}
			else {
				this.text.append('"');
				start = this.text.length();
				quoteText(about, false);
				end = this.text.length();
				if (known) {
					this.text.append(",\" ").append(speaker.familyName()).append(" said.");
				}
				else {
					this.text.append(",\" said ").append(speaker.name());
					attribution(affiliation.role(), organization);
					this.text.append('.');
				}
			}
			String context = this.text.substring(this.paragraphStart);
			this.quotes.add(new Quote(start, end, this.text.substring(start, end), speaker.id(), organization.id(),
					affiliation.role(), context, (about != null) ? List.of(about.id()) : List.of()));
		}

		/** The role and, more often than not, the organization spoken for. */
		private void attribution(String role, Organization organization) {
			if (this.random.nextInt(10) < 6) {
				this.text.append((role != null) ? ", " + role + " at " : " of ");
				mention(organization);
			}
			else if (role != null) {
				this.text.append(", ").append(role);
			}
		}

		/** One or two sentences; the first names {@code about} if given. */
		private void quoteText(Organization about, boolean fullStop) {
			if (about != null) {
				ArticleFactory.this.prose.words(this.text, this.random, 2 + this.random.nextInt(6), true);
				this.text.append(' ');
				mention(about);
				this.text.append(' ');
				ArticleFactory.this.prose.words(this.text, this.random, 3 + this.random.nextInt(8), false);
			}
			else {
				ArticleFactory.this.prose.words(this.text, this.random, 6 + this.random.nextInt(14), true);
			}
			if (this.random.nextInt(10) < 4) {
				this.text.append(". ");
				ArticleFactory.this.prose.words(this.text, this.random, 6 + this.random.nextInt(14), true);
			}
			if (fullStop) {
				this.text.append('.');
			}
		}

	}

}
