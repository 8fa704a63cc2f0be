package dev.newsgraph.budget;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cost budget of each client: a token bucket of request-cost points
 * ({@link RequestCost}), refilled continuously, as GitHub's and Shopify's GraphQL APIs
 * meter their clients.
 *
 * @param enabled whether requests are charged at all
 * @param capacity the points a client may spend at once
 * @param refillPerSecond the points a client gets back each second
 * @param apiKeyHeader the request header that names a client by one of the
 * {@code apiKeys}; without a known key, the remote address names it (a key that anyone
 * could make up would be a fresh budget each time)
 * @param apiKeys the known API keys, each a client with its own budget
 * @param trustedProxies addresses of proxies whose {@code X-Forwarded-For} names the
 * client
 * @param store where the buckets are kept: in memory, each instance its own, or in
 * PostgreSQL, shared by every instance on the database
 */
@ConfigurationProperties("newsgraph.graphql.budget")
public record GraphQlBudget(@DefaultValue("true") boolean enabled, @DefaultValue("500000") long capacity,
		@DefaultValue("20000") long refillPerSecond, @DefaultValue("X-Api-Key") String apiKeyHeader,
		@DefaultValue List<String> apiKeys, @DefaultValue List<String> trustedProxies,
		@DefaultValue("memory") Store store) {

	/** Where the clients' buckets are kept. */
	public enum Store {

		MEMORY, POSTGRESQL

	}

}
