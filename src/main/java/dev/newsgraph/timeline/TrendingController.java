package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.person.Person;
import dev.newsgraph.timeline.TrendRanking.Windows;

/**
 * {@code Query.trending} and its types: the windows' totals at once, each list only when
 * asked for.
 */
@Controller
class TrendingController {

	private static final int DEFAULT_FIRST = 10;

	private final TrendRanking trends;

	private final GraphQlLimits limits;

	TrendingController(TrendRanking trends, GraphQlLimits limits) {
		this.trends = trends;
		this.limits = limits;
	}

	/**
	 * A {@code Trending} answer: its windows, and how many of each list.
	 */
	record Trending(Windows windows, int first) {

		public long articles() {
			return this.windows.articles();
		}

		public long baselineArticles() {
			return this.windows.baselineArticles();
		}

	}

	@QueryMapping
	Trending trending(@Argument LocalDate from, @Argument LocalDate to, @Argument LocalDate baselineFrom,
			@Argument LocalDate baselineTo, @Argument Integer first) {
		checkWindow("from", from, "to", to);
		checkWindow("baselineFrom", baselineFrom, "baselineTo", baselineTo);
		this.limits.checkPageSize("first", first);
		// an explicit null means the schema's default
		return new Trending(this.trends.windows(from, to, baselineFrom, baselineTo),
				(first != null) ? first : DEFAULT_FIRST);
	}

	@SchemaMapping(typeName = "Trending")
	List<Trend> organizations(Trending trending) {
		return this.trends.organizations(trending.windows(), trending.first());
	}

	@SchemaMapping(typeName = "Trending")
	List<Trend> people(Trending trending) {
		return this.trends.people(trending.windows(), trending.first());
	}

	@SchemaMapping(typeName = "OrganizationTrend")
	CompletableFuture<Organization> organization(Trend trend, DataLoader<Long, Organization> organizations) {
		return organizations.load(trend.parent());
	}

	@SchemaMapping(typeName = "PersonTrend")
	CompletableFuture<Person> person(Trend trend, DataLoader<Long, Person> people) {
		return people.load(trend.parent());
	}

	private static void checkWindow(String fromName, LocalDate from, String toName, LocalDate to) {
		if (from.isAfter(to)) {
			throw new BadRequestException(fromName + " (" + from + ") must not be after " + toName + " (" + to + ")");
		}
	}

}
