package dev.newsgraph.fulltext;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchStrategyTest {

	@Test
	void aRareWordIsTakenFromTheIndexAndACommonOneWalked() {
		// figures of the 1M dataset: "chapman" is estimated in 4,996 articles, "market"
		// in
		// 81,673, "said" in 996,496
		assertThat(new MatchStrategy.Estimate(4_996, 1_000_000).throughIndex(11)).isTrue();
		assertThat(new MatchStrategy.Estimate(81_673, 1_000_000).throughIndex(11)).isFalse();
		assertThat(new MatchStrategy.Estimate(996_496, 1_000_000).throughIndex(1000)).isFalse();
	}

	@Test
	void aDeeperReachMovesTheChoiceToTheIndex() {
		MatchStrategy.Estimate estimate = new MatchStrategy.Estimate(20_000, 1_000_000);
		assertThat(estimate.throughIndex(11)).isFalse();
		assertThat(estimate.throughIndex(1000)).isTrue();
	}

	@Test
	void onlyAnEstimateTenTimesOverTheLimitIsSure() {
		assertThat(new MatchStrategy.Estimate(996_496, 1_000_000).surelyMoreThan(10_000)).isTrue();
		assertThat(new MatchStrategy.Estimate(81_673, 1_000_000).surelyMoreThan(10_000)).isFalse();
		assertThat(new MatchStrategy.Estimate(0, 0).surelyMoreThan(10_000)).isFalse();
	}

}
