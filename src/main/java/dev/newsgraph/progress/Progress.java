package dev.newsgraph.progress;

/**
 * Told as work is done, item by item.
 */
@FunctionalInterface
public interface Progress {

	/** Tells nobody. */
	Progress NONE = (items) -> {
	};

	void advance(int items);

}
