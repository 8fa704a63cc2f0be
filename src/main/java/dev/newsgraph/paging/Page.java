package dev.newsgraph.paging;

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

	/**
	 * How many rows the page asks for, {@code defaultSize} when neither first nor last.
	 */
	public int size(int defaultSize) {
		return (this.first != null) ? this.first : (this.last != null) ? this.last : defaultSize;
	}

}
