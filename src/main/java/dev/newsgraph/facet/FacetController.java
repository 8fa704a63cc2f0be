package dev.newsgraph.facet;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.LocalContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.article.ArticleScope;
import dev.newsgraph.article.Source;
import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.person.Person;
import dev.newsgraph.quote.QuoteScope;

/**
 * {@code ArticleConnection.facets}, {@code QuoteConnection.facets} and their types: each
 * facet is one pass over the snapshot's rows, made only when asked for.
 */
@Controller
class FacetController {

	/**
	 * The most months one {@code months} facet lists, as many as a timeline's buckets.
	 */
	static final int MAX_MONTHS = 1000;

	private static final int DEFAULT_FIRST = 10;

	private final FacetSets sets;

	private final GraphQlLimits limits;

	FacetController(FacetSets sets, GraphQlLimits limits) {
		this.sets = sets;
		this.limits = limits;
	}

	@SchemaMapping(typeName = "ArticleConnection")
	ArticleSet facets(@LocalContextValue ArticleScope articleScope) {
		return this.sets.articles(articleScope);
	}

	@SchemaMapping(typeName = "ArticleFacets")
	int articles(ArticleSet set) {
		return set.count();
	}

	@SchemaMapping(typeName = "ArticleFacets")
	List<FacetCount> organizations(ArticleSet set, @Argument Integer first) {
		return set.organizations(first(first));
	}

	@SchemaMapping(typeName = "ArticleFacets")
	List<FacetCount> people(ArticleSet set, @Argument Integer first) {
		return set.people(first(first));
	}

	@SchemaMapping(typeName = "ArticleFacets")
	List<FacetCount> sources(ArticleSet set) {
		return set.sources();
	}

	@SchemaMapping(typeName = "ArticleFacets")
	List<YearCount> years(ArticleSet set) {
		return set.years();
	}

	@SchemaMapping(typeName = "ArticleFacets")
	List<MonthCount> months(ArticleSet set, @Argument int fromYear, @Argument int toYear) {
		if (fromYear < 1 || toYear > 9999) {
			throw new BadRequestException(
					"months: fromYear and toYear must be years from 1 to 9999, not " + fromYear + " and " + toYear);
		}
		if (fromYear > toYear) {
			throw new BadRequestException("months: fromYear (" + fromYear + ") is after toYear (" + toYear + ")");
		}
		int months = (toYear - fromYear + 1) * 12;
		if (months > MAX_MONTHS) {
			throw new BadRequestException(String.format(Locale.ROOT,
					"months: %d to %d is %,d months, over the limit of %,d; narrow the years", fromYear, toYear, months,
					MAX_MONTHS));
		}
		return set.months(fromYear, toYear);
	}

	@SchemaMapping(typeName = "QuoteConnection")
	QuoteSet facets(@LocalContextValue QuoteScope quoteScope) {
		return this.sets.quotes(quoteScope);
	}

	@SchemaMapping(typeName = "QuoteFacets")
	int quotes(QuoteSet set) {
		return set.count();
	}

	@SchemaMapping(typeName = "QuoteFacets")
	List<FacetCount> speakers(QuoteSet set, @Argument Integer first) {
		return set.speakers(first(first));
	}

	@SchemaMapping(typeName = "QuoteFacets")
	List<FacetCount> organizations(QuoteSet set, @Argument Integer first) {
		return set.organizations(first(first));
	}

	@SchemaMapping(typeName = "QuoteFacets")
	List<FacetCount> about(QuoteSet set, @Argument Integer first) {
		return set.about(first(first));
	}

	@SchemaMapping(typeName = "QuoteFacets")
	List<YearCount> years(QuoteSet set) {
		return set.years();
	}

	@SchemaMapping(typeName = "OrganizationCount")
	CompletableFuture<Organization> organization(FacetCount count, DataLoader<Long, Organization> organizations) {
		return organizations.load(count.id());
	}

	@SchemaMapping(typeName = "PersonCount")
	CompletableFuture<Person> person(FacetCount count, DataLoader<Long, Person> people) {
		return people.load(count.id());
	}

	@SchemaMapping(typeName = "SourceCount")
	CompletableFuture<Source> source(FacetCount count, DataLoader<Long, Source> sources) {
		return sources.load(count.id());
	}

	private int first(Integer first) {
		this.limits.checkPageSize("first", first);
		// an explicit null means the schema's default
		return (first != null) ? first : DEFAULT_FIRST;
	}

}
