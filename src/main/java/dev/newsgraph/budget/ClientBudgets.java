package dev.newsgraph.budget;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per client. In memory by default: a client unseen for as long
 * as its bucket takes to fill again would start full anyway, so its bucket is dropped
 * then, and at most {@value #MAX_CLIENTS} are kept. With {@code store: postgresql} the
 * buckets live in the {@code client_budgets} table (Bucket4j's PostgreSQL module, a row
 * locked per charge), so every instance on the database charges the same budget.
 */
@Component
public class ClientBudgets implements AutoCloseable {

	static final int MAX_CLIENTS = 100_000;

	private static final Logger logger = LoggerFactory.getLogger(ClientBudgets.class);

	private final Function<String, Bucket> buckets;

	private final HikariDataSource sharedStore;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

	ClientBudgets(GraphQlBudget budget, ObjectProvider<JdbcConnectionDetails> database) {
		Bandwidth limit = Bandwidth.builder()
			.capacity(budget.capacity())
			.refillGreedy(budget.refillPerSecond(), Duration.ofSeconds(1))
			.build();
		Duration untilFull = Duration.ofSeconds(Math.max(1, budget.capacity() / budget.refillPerSecond() + 1));
		if (budget.store() == GraphQlBudget.Store.POSTGRESQL) {
			this.sharedStore = sharedStore(database.getObject());
			this.shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(this.sharedStore)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("client_budgets")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(untilFull))
				.build();
			BucketConfiguration configuration = BucketConfiguration.builder().addLimit(limit).build();
			this.buckets = (client) -> this.shared.getProxy(client, () -> configuration);
		}
		else {
			this.sharedStore = null;
			this.shared = null;
			Cache<String, Bucket> cache = Caffeine.newBuilder()
				.maximumSize(MAX_CLIENTS)
				.expireAfterAccess(untilFull)
				.build();
			this.buckets = (client) -> cache.get(client, (key) -> Bucket.builder().addLimit(limit).build());
		}
	}

	/**
	 * A pool of its own: the API's sessions may be read-only (a least-privilege role),
	 * and charging must not wait behind the queries it meters.
	 */
	private static HikariDataSource sharedStore(JdbcConnectionDetails database) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("client-budgets");
		pool.setJdbcUrl(database.getJdbcUrl());
		pool.setUsername(database.getUsername());
		pool.setPassword(database.getPassword());
		pool.setMaximumPoolSize(4);
		pool.setConnectionTimeout(3000);
		// a pool that starts without the database, as the API's does
		pool.setInitializationFailTimeout(-1);
		pool.setConnectionInitSql("set default_transaction_read_only = off");
		pool.addDataSourceProperty("options", "-c statement_timeout=2000");
		return pool;
	}

	/**
	 * Takes {@code points} from the client's bucket when it holds them, and records what
	 * that gave in the charge; null when the shared store cannot be reached. The request
	 * is then served uncharged: the budget shares the database out fairly, and a database
	 * that is down fails the request anyway.
	 */
	public ConsumptionProbe charge(Charge charge, int points) {
		try {
			charge.probe = this.buckets.apply(charge.client).tryConsumeAndReturnRemaining(points);
		}
		catch (RuntimeException ex) {
			logger.warn("The shared cost budgets could not be charged; serving the request uncharged: {}",
					ex.getMessage());
		}
		return charge.probe;
	}

	/** Buckets that would be full again by now are dropped from the shared table. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
	void removeFullBuckets() {
		if (this.shared != null) {
			while (this.shared.removeExpired(1000) == 1000) {
				// a batch at a time, each in a transaction of its own
			}
		}
	}

	/**
	 * The client of one request and what charging it gave: named over HTTP, charged when
	 * the operation's cost is known.
	 */
	public static final class Charge {

		/** The key of the request's charge in the GraphQL context. */
		public static final String CONTEXT_KEY = "newsgraph.charge";

		private final String client;

		private volatile ConsumptionProbe probe;

		public Charge(String client) {
			this.client = client;
		}

		/** What charging gave; null before, or when the store could not be reached. */
		public ConsumptionProbe probe() {
			return this.probe;
		}

	}

	@Override
	public void close() {
		if (this.sharedStore != null) {
			this.sharedStore.close();
		}
	}

}
