package dev.newsgraph.synthetic;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ZipfTest {

	private final Zipf zipf = new Zipf(1000, 1.0);

	@Test
	void theSameSeedDrawsTheSameRanks() {
		assertThat(draws(42)).isEqualTo(draws(42)).isNotEqualTo(draws(43));
	}

	@Test
	void rankOneIsDrawnInProportionToOneOverTheHarmonicNumber() {
		double harmonic = IntStream.rangeClosed(1, 1000).mapToDouble((k) -> 1.0 / k).sum();
		assertThat(this.zipf.probability(0)).isCloseTo(1 / harmonic, within(1e-12));
		assertThat(this.zipf.probability(9)).isCloseTo(1 / (10 * harmonic), within(1e-12));
		int[] counts = new int[1000];
		SplittableRandom random = new SplittableRandom(1);
		for (int i = 0; i < 200_000; i++) {
			counts[this.zipf.sample(random)]++;
		}
		assertThat(counts[0] / 200_000.0).isCloseTo(1 / harmonic, within(0.005));
		assertThat(counts[1]).isLessThan(counts[0]);
		assertThat(IntStream.of(counts).skip(500).sum() / 200_000.0).isLessThan(0.1);
	}

	@Test
	void everyDrawIsARank() {
		Zipf single = new Zipf(1, 1.2);
		SplittableRandom random = new SplittableRandom(3);
		assertThat(IntStream.range(0, 1000).map((i) -> single.sample(random)).distinct()).containsExactly(0);
		assertThat(IntStream.of(draws(5))).allMatch((rank) -> rank >= 0 && rank < 1000);
	}

	private int[] draws(long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		return IntStream.range(0, 1000).map((i) -> this.zipf.sample(random)).toArray();
	}

}
