package dev.newsgraph.seed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds organizations in a text by their aliases: whole words only, accents ignored
 * ("Telefonica" finds "Telefónica"), and where aliases overlap the longest wins, so
 * "Huawei-Symantec" is one mention of the joint venture, not one of Huawei.
 */
final class MentionFinder {

	/** Every folded alias, with the aliases (and their organizations) that fold to it. */
	private final PayloadTrie<List<Map.Entry<String, String>>> aliases;

	private final Set<String> organizations;

	/**
	 * @param organizationByAlias every alias of every organization, to the organization's
	 * slug
	 */
	MentionFinder(Map<String, String> organizationByAlias) {
		Map<String, List<Map.Entry<String, String>>> byFolded = new LinkedHashMap<>();
		organizationByAlias
			.forEach((alias, organization) -> byFolded.computeIfAbsent(fold(alias), (key) -> new ArrayList<>())
				.add(Map.entry(alias, organization)));
		PayloadTrie.PayloadTrieBuilder<List<Map.Entry<String, String>>> trie = PayloadTrie.builder();
		byFolded.forEach(trie::addKeyword);
		this.aliases = trie.build();
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
	 * @param mentions whole-word matches, in order, never overlapping
	 * @param insideWords places where an alias stands inside a longer word, which would
	 * make it an unsafe alias
	 */
	record Result(List<Match> mentions, List<Match> insideWords) {
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
		for (PayloadEmit<List<Map.Entry<String, String>>> found : this.aliases.parseText(folded)) {
			int start = found.getStart();
			int end = found.getEnd() + 1;
			boolean wholeWord = !isWordChar(folded, start - 1) && !isWordChar(folded, end);
			for (Map.Entry<String, String> alias : found.getPayload()) {
				(wholeWord ? wholeWords : insideWords).add(new Match(alias.getValue(), alias.getKey(), start, end));
			}
		}
		wholeWords
			.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
		List<Match> mentions = new ArrayList<>();
		int coveredUntil = 0;
		for (Match match : wholeWords) {
			if (match.start() >= coveredUntil) {
				mentions.add(match);
				coveredUntil = match.end();
			}
		}
		insideWords.sort(Comparator.comparingInt(Match::start));
		return new Result(mentions, insideWords);
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
