package dev.newsgraph.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request from taking the service down; each violation is answered
 * with a GraphQL error that names the limit.
 *
 * @param maxDepth deepest field nesting a query may have
 * @param maxComplexity highest cost a query may have, by the cost model of
 * {@link RequestCost}
 * @param defaultPageSize page size when neither {@code first} nor {@code last} is given
 * @param maxPageSize largest {@code first} or {@code last}
 * @param maxRequestSize largest request body
 * @param statementTimeout longest a single SQL statement may run
 * @param requestTimeout longest a whole request may run: its statements still running
 * then are cancelled, and the fields left unresolved answer a {@code TIMEOUT} error
 * @param countLimit highest {@code totalCount} counted row by row; past it the count
 * stops and says it is not exact
 */
@ConfigurationProperties("newsgraph.graphql")
public record GraphQlLimits(@DefaultValue("15") int maxDepth, @DefaultValue("50000") int maxComplexity,
		@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("256KB") DataSize maxRequestSize, @DefaultValue("5s") Duration statementTimeout,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("10000") int countLimit) {

	/**
	 * Checks a page or list size argument against {@code max-page-size}.
	 * @throws BadRequestException naming the argument and the limit
	 */
	public void checkPageSize(String argument, Integer size) {
		if (size != null && (size < 0 || size > this.maxPageSize)) {
			throw new BadRequestException(argument + " must be between 0 and " + this.maxPageSize + ", not " + size
					+ " (page size limit newsgraph.graphql.max-page-size = " + this.maxPageSize + ")");
		}
	}

}
