package dev.newsgraph.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {

	private final MentionFinder finder = new MentionFinder(aliases("Huawei", "huawei", "Huawei-Symantec",
			"huawei-symantec", "Huawei Symantec", "huawei-symantec", "Telefónica", "telefonica", "Honor", "honor"));

	@Test
	void theLongestAliasWinsWhereAliasesOverlap() {
		assertThat(slugs("Huawei-Symantec and Huawei Symantec, then Huawei's own")).containsExactly("huawei-symantec",
				"huawei-symantec", "huawei");
	}

	@Test
	void ignoresAccentsAndKeepsOffsets() {
		String text = "deal with Telefonica, and Telefónica said";
		List<MentionFinder.Match> mentions = this.finder.find(text).mentions();
		assertThat(mentions).extracting(MentionFinder.Match::organization).containsExactly("telefonica", "telefonica");
		assertThat(mentions).extracting((match) -> text.substring(match.start(), match.end()))
			.containsExactly("Telefonica", "Telefónica");
	}

	@Test
	void matchesWholeWordsOnlyAndReportsAliasesInsideWords() {
		MentionFinder.Result result = this.finder.find("Honorable men of Honor. Huaweis");
		assertThat(result.mentions()).extracting(MentionFinder.Match::start).containsExactly(17);
		assertThat(result.insideWords()).extracting(MentionFinder.Match::alias).containsExactly("Honor", "Huawei");
	}

	@Test
	void isCaseSensitiveSoCommonWordsDoNotMatch() {
		assertThat(slugs("with honor and huawei")).isEmpty();
	}

	private List<String> slugs(String text) {
		return this.finder.find(text).mentions().stream().map(MentionFinder.Match::organization).toList();
	}

	private static Map<String, String> aliases(String... aliasThenSlug) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < aliasThenSlug.length; i += 2) {
			map.put(aliasThenSlug[i], aliasThenSlug[i + 1]);
		}
		return map;
	}

}
