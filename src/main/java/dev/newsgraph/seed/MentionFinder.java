package dev.newsgraph.seed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;

/**
 * Finds organizations in a text by their aliases, and people by their full names, in one
 * pass: whole words only, accents ignored ("Telefonica" finds "Telefónica"), and where
 * aliases overlap the longest wins, so "Huawei-Symantec" is one mention of the joint
 * venture, not one of Huawei.
 */
final class MentionFinder {

	/** A name to find: an organization's alias, or a person's full name. */
	private record Name(String name, String slug, boolean person) {
	}

	/** Every folded name, with the names that fold to it; null when there are none. */
	private final AhoCorasickDoubleArrayTrie<List<Name>> names;

	private final Set<String> organizations;

	/**
	 * @param organizationByAlias every alias of every organization, to the organization's
	 * slug
	 */
	MentionFinder(Map<String, String> organizationByAlias) {
		this(organizationByAlias, Map.of());
	}

	/**
	 * @param personByName every person's full name, to the person's slug
	 */
	MentionFinder(Map<String, String> organizationByAlias, Map<String, String> personByName) {
		Map<String, List<Name>> byFolded = new LinkedHashMap<>();
		organizationByAlias
			.forEach((alias, organization) -> byFolded.computeIfAbsent(fold(alias), (key) -> new ArrayList<>())
				.add(new Name(alias, organization, false)));
		personByName.forEach((name, person) -> byFolded.computeIfAbsent(fold(name), (key) -> new ArrayList<>())
			.add(new Name(name, person, true)));
		this.names = byFolded.isEmpty() ? null : new AhoCorasickDoubleArrayTrie<>();
		if (this.names != null) {
			this.names.build(byFolded);
		}
		this.organizations = Set.copyOf(organizationByAlias.values());
	}

	/**
	 * @param organization slug
	 * @param alias the alias that matched
	 * @param start offset of the first char (UTF-16, as {@link String} indexes)
	 * @param end offset after the last char
	 */
	record Match(String organization, String alias, int start, int end) {
	}

	/**
	 * @param mentions organizations' whole-word matches, in order, never overlapping
	 * @param insideWords places where an alias stands inside a longer word, which would
	 * make it an unsafe alias
	 * @param people people's whole-word matches (the slug in
	 * {@link Match#organization()}), in order, never overlapping
	 */
	record Result(List<Match> mentions, List<Match> insideWords, List<Match> people) {
	}

	/** Slugs of the organizations it knows. */
	Set<String> organizations() {
		return this.organizations;
	}

	/** Every alias in one pass over the text (Aho-Corasick), overlaps included. */
	Result find(String text) {
		String folded = fold(text);
		List<Match> wholeWords = new ArrayList<>();
		List<Match> insideWords = new ArrayList<>();
		List<Match> people = new ArrayList<>();
		if (this.names != null) {
			this.names.parseText(folded, (start, end, found) -> {
				boolean wholeWord = !isWordChar(folded, start - 1) && !isWordChar(folded, end);
				for (Name name : found) {
					Match match = new Match(name.slug(), name.name(), start, end);
					if (!name.person()) {
						(wholeWord ? wholeWords : insideWords).add(match);
					}
					else if (wholeWord) {
						people.add(match);
					}
				}
			});
		}
		insideWords.sort(Comparator.comparingInt(Match::start));
		return new Result(longestFirst(wholeWords), insideWords, longestFirst(people));
	}

	/** Where matches overlap, the longest, in order. */
	private static List<Match> longestFirst(List<Match> matches) {
		matches
			.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
		List<Match> kept = new ArrayList<>();
		int coveredUntil = 0;
		for (Match match : matches) {
			if (match.start() >= coveredUntil) {
				kept.add(match);
				coveredUntil = match.end();
			}
		}
		return kept;
	}

	private static boolean isWordChar(String text, int index) {
		return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
	}

	/**
	 * Drops accents char by char, so offsets in the folded text are offsets in the
	 * original.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				folded.append(c);
				continue;
			}
			String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			folded.append((base.length() == 1) ? base.charAt(0) : c);
		}
		return folded.toString();
	}

}
