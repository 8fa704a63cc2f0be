package dev.newsgraph.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * One Bucket4j token bucket per client, in memory. A client unseen for as long as its
 * bucket takes to fill again would start full anyway, so its bucket is dropped then; at
 * most {@value #MAX_CLIENTS} are kept.
 */
@Component
class ClientBudgets {

	static final int MAX_CLIENTS = 100_000;

	private final GraphQlBudget budget;

	private final Cache<String, Bucket> buckets;

	ClientBudgets(GraphQlBudget budget) {
		this.budget = budget;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_CLIENTS)
			.expireAfterAccess(Duration.ofSeconds(Math.max(1, budget.capacity() / budget.refillPerSecond() + 1)))
			.build();
	}

	/** Takes {@code points} from the client's bucket when it holds them. */
	ConsumptionProbe charge(String client, int points) {
		return this.buckets
			.get(client,
					(key) -> Bucket.builder()
						.addLimit(Bandwidth.builder()
							.capacity(this.budget.capacity())
							.refillGreedy(this.budget.refillPerSecond(), Duration.ofSeconds(1))
							.build())
						.build())
			.tryConsumeAndReturnRemaining(points);
	}

}
