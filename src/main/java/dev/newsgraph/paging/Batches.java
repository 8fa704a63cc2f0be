package dev.newsgraph.paging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes the result of a {@code @BatchMapping}: a value for each source, in order.
 */
public final class Batches {

	private Batches() {
	}

	public static <K, V> Map<K, V> each(List<K> sources, Function<K, V> value) {
		Map<K, V> map = new LinkedHashMap<>();
		sources.forEach((source) -> map.put(source, value.apply(source)));
		return map;
	}

}
