package dev.newsgraph.paging;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the DataLoaders behind nested fields that take arguments, such as
 * {@code Organization.articles(first, after)} or {@code Article.related(first)}: all
 * parents asking with the same arguments are served by one statement.
 */
public final class NestedLoaders {

	private NestedLoaders() {
	}

	/** Loads one page for many parents in one statement. */
	@FunctionalInterface
	public interface PagesQuery<T> {

		Map<Long, Connection<T>> pages(Collection<Long> parents, Page page, boolean withTotal);

	}

	/** Loads the first few of a list for many parents in one statement. */
	@FunctionalInterface
	public interface ListsQuery<T> {

		Map<Long, List<T>> lists(Collection<Long> parents, int first);

	}

	/**
	 * The key of a nested list's DataLoader.
	 *
	 * @param parent the parent's row id
	 * @param first how many
	 */
	public record ParentFirst(long parent, int first) {
	}

	public static <T> void connections(BatchLoaderRegistry registry, String name, PagesQuery<T> query) {
		NestedLoaders.<ParentPage, Connection<T>>register(registry, name, ParentPage::parent,
				(key) -> List.of(key.page(), key.withTotal()),
				(parents, key) -> query.pages(parents, key.page(), key.withTotal()), null);
	}

	public static <T> void lists(BatchLoaderRegistry registry, String name, ListsQuery<T> query) {
		NestedLoaders.<ParentFirst, List<T>>register(registry, name, ParentFirst::parent, ParentFirst::first,
				(parents, key) -> query.lists(parents, key.first()), List.of());
	}

	/**
	 * Registers a DataLoader that serves all parents asking with the same arguments by
	 * one call of {@code load}.
	 * @param parent the parent's row id in a key
	 * @param arguments the rest of a key
	 * @param fallback the value of a parent {@code load} does not answer for
	 */
	public static <K, V> void register(BatchLoaderRegistry registry, String name, Function<K, Long> parent,
			Function<K, Object> arguments, java.util.function.BiFunction<List<Long>, K, Map<Long, V>> load,
			V fallback) {
		registry.<K, V>forName(name).registerMappedBatchLoader((keys, environment) -> {
			Map<K, V> result = new HashMap<>();
			Map<Object, Set<K>> byArguments = keys.stream()
				.collect(Collectors.groupingBy(arguments, Collectors.toSet()));
			byArguments.values().forEach((sameArguments) -> {
				Map<Long, V> values = load.apply(sameArguments.stream().map(parent).toList(),
						sameArguments.iterator().next());
				sameArguments.forEach((key) -> result.put(key, values.getOrDefault(parent.apply(key), fallback)));
			});
			return Mono.just(result);
		});
	}

}
