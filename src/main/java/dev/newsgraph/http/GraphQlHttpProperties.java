package dev.newsgraph.http;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * GraphQL over HTTP beyond Spring's POST endpoint: caching of GET and persisted queries.
 *
 * @param getMaxAge how long a successful GET response may be reused without asking again
 * @param persistedQueries automatic persisted queries
 */
@ConfigurationProperties("newsgraph.graphql")
public record GraphQlHttpProperties(@DefaultValue("60s") Duration getMaxAge,
		@DefaultValue PersistedQueries persistedQueries) {

	/**
	 * @param cacheSize documents kept in memory, least recently used dropped first
	 * @param allowListOnly run only the documents in {@code allowListLocation}
	 * @param allowListLocation folder (a Spring resource location) of {@code *.graphql}
	 * documents
	 */
	public record PersistedQueries(@DefaultValue("1000") int cacheSize, @DefaultValue("false") boolean allowListOnly,
			@DefaultValue("classpath:persisted-queries/") String allowListLocation) {
	}

}
