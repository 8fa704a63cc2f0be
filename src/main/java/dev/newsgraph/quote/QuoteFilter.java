package dev.newsgraph.quote;

/**
 * {@code QuoteFilter}: all given conditions must hold.
 */
public record QuoteFilter(String speaker, String organization, String about, String article, String search) {

	static final QuoteFilter NONE = new QuoteFilter(null, null, null, null, null);

}
