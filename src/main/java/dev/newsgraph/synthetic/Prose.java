package dev.newsgraph.synthetic;

import java.text.Normalizer;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sentences of English words drawn with the Zipf frequencies of real text, so full-text
 * search meets both very common and rare words.
 */
final class Prose {

	/**
	 * The most frequent words (the, of, in, ...) carry no topic: no title or name uses
	 * them.
	 */
	private static final int FUNCTION_WORDS = 100;

	private static final List<String> HEADLINE_VERBS = List.of("Expands", "Cuts", "Plans", "Wins", "Launches",
			"Warns On", "Reports", "Buys", "Sells", "Backs", "Delays", "Opens", "Faces", "Targets", "Unveils", "Boosts",
			"Drops", "Signs", "Joins", "Weighs", "Bets On", "Rethinks", "Doubles Down On", "Exits");

	private final List<String> words;

	private final Zipf frequency;

	private final Zipf topicFrequency;

	Prose(List<String> words) {
		this.words = words;
		this.frequency = new Zipf(words.size(), 1.0);
		this.topicFrequency = new Zipf(words.size() - FUNCTION_WORDS, 1.0);
	}

	/** Words a name can be made of: no function words, none shorter than four letters. */
	List<String> nameWords() {
		return this.words.subList(FUNCTION_WORDS, this.words.size()).stream().filter((w) -> w.length() >= 4).toList();
	}

	/** A sentence of 8 to 22 words, with a full stop. */
	void sentence(StringBuilder out, SplittableRandom random) {
		words(out, random, 8 + random.nextInt(15), true);
		out.append('.');
	}

	/**
	 * Appends {@code count} words separated by spaces and now and then a comma; the first
	 * capitalized if asked.
	 */
	void words(StringBuilder out, SplittableRandom random, int count, boolean capitalized) {
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				out.append((random.nextInt(16) == 0) ? ", " : " ");
			}
			String word = this.words.get(this.frequency.sample(random));
			out.append((i == 0 && capitalized) ? capitalize(word) : word);
		}
	}

	/**
	 * A headline: the subject, a verb of the news, two to five capitalized topic words.
	 */
	String title(SplittableRandom random, String subject) {
		StringBuilder title = new StringBuilder(subject).append(' ')
			.append(HEADLINE_VERBS.get(random.nextInt(HEADLINE_VERBS.size())));
		int count = 2 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			title.append(' ').append(capitalize(this.words.get(FUNCTION_WORDS + this.topicFrequency.sample(random))));
		}
		return title.toString();
	}

	static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/**
	 * Lowercase ASCII words joined by hyphens, accents dropped, at most {@code maxLength}
	 * characters, cut between words; valid for the {@code slug} domain unless empty.
	 */
	static String slug(String text, int maxLength) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() <= maxLength) {
			return slug;
		}
		int cut = slug.lastIndexOf('-', maxLength);
		return (cut > 0) ? slug.substring(0, cut) : slug.substring(0, maxLength);
	}

}
