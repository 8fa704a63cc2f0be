package dev.newsgraph.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import dev.newsgraph.article.ArticleFilter;
import dev.newsgraph.article.ArticleScope;
import dev.newsgraph.facet.FacetSets;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.paging.NestedLoaders;
import dev.newsgraph.person.Person;

/**
 * {@code Organization.timeline}, {@code Person.timeline}, {@code Query.timeline} and
 * {@code TimelineBucket}: all the organizations (or people) of a response asking for the
 * same span are served by one statement; a filtered set is counted over the facet index.
 */
@Controller
class TimelineController {

	/**
	 * The key of a timeline's DataLoader.
	 *
	 * @param parent the organization's or person's row id
	 */
	record TimelineKey(long parent, TimelineSpan span) {
	}

	private final FacetSets sets;

	TimelineController(TimelineRepository timelines, FacetSets sets, BatchLoaderRegistry registry) {
		this.sets = sets;
		NestedLoaders.register(registry, "organizationTimelines", TimelineKey::parent, TimelineKey::span,
				(ids, key) -> timelines.organizations(ids, key.span()), List.of());
		NestedLoaders.register(registry, "personTimelines", TimelineKey::parent, TimelineKey::span,
				(ids, key) -> timelines.people(ids, key.span()), List.of());
	}

	@SchemaMapping(typeName = "Organization")
	CompletableFuture<List<TimelineBucket>> timeline(Organization organization, @Argument TimelineInterval interval,
			@Argument LocalDate from, @Argument LocalDate to,
			DataLoader<TimelineKey, List<TimelineBucket>> organizationTimelines) {
		return organizationTimelines.load(new TimelineKey(organization.id(), span(interval, from, to)));
	}

	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<TimelineBucket>> timeline(Person person, @Argument TimelineInterval interval,
			@Argument LocalDate from, @Argument LocalDate to,
			DataLoader<TimelineKey, List<TimelineBucket>> personTimelines) {
		return personTimelines.load(new TimelineKey(person.id(), span(interval, from, to)));
	}

	@QueryMapping
	List<TimelineBucket> timeline(@Argument ArticleFilter filter, @Argument TimelineInterval interval,
			@Argument LocalDate from, @Argument LocalDate to) {
		TimelineSpan span = span(interval, from, to);
		ArticleScope scope = new ArticleScope((filter != null) ? filter : ArticleFilter.NONE, false);
		return ArticleSetTimeline.of(this.sets.articles(scope), span);
	}

	private static TimelineSpan span(TimelineInterval interval, LocalDate from, LocalDate to) {
		// an explicit null means the schema's default
		return TimelineSpan.of((interval != null) ? interval : TimelineInterval.MONTH, from, to);
	}

}
