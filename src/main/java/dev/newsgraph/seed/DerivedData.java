package dev.newsgraph.seed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What is computed from the loaded rows rather than loaded: today the organizations'
 * mention counts, which the API orders by. Every writer of a dataset (the seed loader,
 * the synthetic generator) rebuilds it last, inside its own transaction.
 */
@Component
public class DerivedData {

	/**
	 * Recomputes every derived value from the rows the transaction of {@code jdbc} sees.
	 */
	public void rebuild(JdbcClient jdbc) {
		jdbc.sql("""
				update organizations o
				set mention_count = (select count(distinct m.article_id) from organization_mentions m
				                     where m.organization_id = o.id)
				""").update();
	}

}
