package dev.newsgraph.http;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.ErrorType;
import dev.newsgraph.graphql.NewsgraphErrorType;
import dev.newsgraph.http.GraphQlHttpProperties;

/**
 * Apollo's automatic persisted queries, through graphql-java's
 * {@link ApolloPersistedQuerySupport}, over a bounded least-recently-used cache of parsed
 * and validated documents, which serves plain queries too, by the hash of their text. In
 * allow-list mode only the documents of the allow-list run, whether a request sends their
 * text or their hash.
 */
public class PersistedQueries implements PreparsedDocumentProvider {

	private static final Logger logger = LoggerFactory.getLogger(PersistedQueries.class);

	static final String DEFAULT_ALLOW_LIST_LOCATION = "classpath:persisted-queries/";

	private final ApolloPersistedQuerySupport apollo;

	private final boolean allowListOnly;

	private final Map<String, String> allowList;

	PersistedQueries(GraphQlHttpProperties.PersistedQueries properties) {
		this.apollo = new ApolloPersistedQuerySupport(new BoundedCache(properties.cacheSize()));
		this.allowListOnly = properties.allowListOnly();
		this.allowList = properties.allowListOnly() ? loadAllowList(properties.allowListLocation()) : Map.of();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String hash = sentHash(input);
		if (hash != null && hasText(input) && !hash.equalsIgnoreCase(sha256(input.getQuery()))) {
			// the protocol's answer (Apollo Server's words): the text decides nothing
			// until its hash matches
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.message("provided sha does not match query")
				.errorType(ErrorType.BAD_REQUEST)
				.build()));
		}
		if (!this.allowListOnly) {
			// a plain query is cached by its hash too: parsing and validating the same
			// text on every request was an eighth of the service's CPU
			return this.apollo.getDocumentAsync((hash != null || !hasText(input)) ? input
					: withHash(input, input.getQuery(), sha256(input.getQuery())), parseAndValidate);
		}
		String key = (hash != null) ? hash.toLowerCase(Locale.ROOT) : sha256(input.getQuery().strip());
		String document = this.allowList.get(key);
		if (document == null) {
			return CompletableFuture.completedFuture(new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.message("Only allow-listed documents run on this server; sha256 " + key + " is not one of them")
				.errorType(NewsgraphErrorType.PERSISTED_QUERY_NOT_ALLOWED)
				.build()));
		}
		return this.apollo.getDocumentAsync(withHash(input, document, sha256(document)), parseAndValidate);
	}

	/** The request as an automatic persisted query of {@code document}. */
	private static ExecutionInput withHash(ExecutionInput input, String document, String hash) {
		Map<String, Object> extensions = new HashMap<>(input.getExtensions());
		extensions.put("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
		return input.transform((builder) -> builder.query(document).extensions(extensions));
	}

	/** The hash a request names in its extensions, if any. */
	private static String sentHash(ExecutionInput input) {
		if (input.getExtensions().get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return hash;
		}
		return null;
	}

	private static boolean hasText(ExecutionInput input) {
		return input.getQuery() != null && !input.getQuery().isBlank()
				&& !PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(input.getQuery());
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The allow-listed documents by the hash of their text, with and without the white
	 * space around it, since editors end files with a newline that clients do not send.
	 */
	private static Map<String, String> loadAllowList(String location) {
		Map<String, String> documents = new HashMap<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		if (!resolver.getResource(location).exists() && !DEFAULT_ALLOW_LIST_LOCATION.equals(location)) {
			throw new AllowListNotFoundException(location);
		}
		try {
			for (Resource resource : resolver.getResources(location + "*.graphql")) {
				String document = resource.getContentAsString(StandardCharsets.UTF_8);
				documents.put(sha256(document), document);
				documents.put(sha256(document.strip()), document);
			}
		}
		catch (FileNotFoundException ex) {
			// the default folder is not there: nothing is allow-listed
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the persisted query allow-list at " + location, ex);
		}
		if (documents.isEmpty()) {
			logger.warn(
					"Allow-list mode is on, but {} holds no *.graphql documents: every query will be refused. "
							+ "Put the documents there or set NEWSGRAPH_PERSISTED_QUERIES_ALLOW_LIST_LOCATION",
					location);
		}
		else {
			logger.info("Allow-list mode: {} persisted documents from {}", new HashSet<>(documents.values()).size(),
					location);
		}
		return Map.copyOf(documents);
	}

	/**
	 * Parsed documents by hash, the least recently used dropped once the cache is full.
	 */
	private static final class BoundedCache implements PersistedQueryCache {

		private final Map<Object, PreparsedDocumentEntry> entries;

		BoundedCache(int size) {
			this.entries = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
					return size() > size;
				}
			});
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
				graphql.execution.preparsed.persisted.PersistedQueryCacheMiss onMiss) throws PersistedQueryNotFound {
			PreparsedDocumentEntry entry = this.entries.get(id);
			if (entry == null) {
				if (PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(input.getQuery())) {
					// a hash alone, and one this server does not know: the client must
					// send the text
					throw new PersistedQueryNotFound(id);
				}
				entry = onMiss.apply(input.getQuery());
				if (!entry.hasErrors()) {
					this.entries.put(id, entry);
				}
			}
			return CompletableFuture.completedFuture(entry);
		}

	}

}
