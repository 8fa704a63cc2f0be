package dev.newsgraph.synthetic;

/**
 * Independent random streams from one seed: each article gets its own, so an article's
 * content depends only on the seed and its number.
 */
final class Seeds {

	private Seeds() {
	}

	/** SplitMix64's finalizer over the seed and the stream number. */
	static long mix(long seed, long stream) {
		long z = seed * 0x9E3779B97F4A7C15L + stream;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
