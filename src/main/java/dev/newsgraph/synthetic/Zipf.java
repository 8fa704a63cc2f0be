package dev.newsgraph.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks {@code 0..n-1} drawn with probability proportional to
 * {@code 1 / (rank + 1)^exponent}: a few ranks are drawn very often, most rarely, as
 * words in a text or organizations in the news are.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		if (n < 1) {
			throw new IllegalArgumentException("a Zipf distribution needs at least one rank");
		}
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			// StrictMath: the same weights on every JVM, so the same seed gives the same
			// data
			sum += StrictMath.pow(rank + 1, -exponent);
			this.cumulative[rank] = sum;
		}
	}

	int size() {
		return this.cumulative.length;
	}

	int sample(SplittableRandom random) {
		double point = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
		int found = Arrays.binarySearch(this.cumulative, point);
		int rank = (found >= 0) ? found + 1 : -found - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

	double probability(int rank) {
		double below = (rank > 0) ? this.cumulative[rank - 1] : 0;
		return (this.cumulative[rank] - below) / this.cumulative[this.cumulative.length - 1];
	}

}
