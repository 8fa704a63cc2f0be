package dev.newsgraph.system;

/**
 * The Relay paging arguments of a connection field, bound with {@code @Arguments}.
 *
 * @param first page size counting forward from {@code after}
 * @param after cursor to start after
 * @param last page size counting backward from {@code before}
 * @param before cursor to end before
 */
public record Page(Integer first, String after, Integer last, String before) {

	public static final Page DEFAULT = new Page(null, null, null, null);

}
