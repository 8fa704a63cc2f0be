package dev.newsgraph.quote;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import dev.newsgraph.article.Article;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.organization.OrganizationRepository;
import dev.newsgraph.person.Person;
import dev.newsgraph.paging.Batches;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.paging.NestedLoaders;
import dev.newsgraph.paging.Page;
import dev.newsgraph.paging.ParentPage;

/**
 * {@code Quote}, {@code Query.quotes}, and the quotes of an article, an organization and
 * a person.
 */
@Controller
class QuoteController {

	private final QuoteRepository quotes;

	private final OrganizationRepository organizations;

	QuoteController(QuoteRepository quotes, OrganizationRepository organizations, BatchLoaderRegistry registry) {
		this.quotes = quotes;
		this.organizations = organizations;
		registry.forTypePair(Long.class, Quote.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(quotes.findByIds(ids)));
		NestedLoaders.connections(registry, "organizationQuotes", quotes::pagesBySpokenFor);
		NestedLoaders.connections(registry, "organizationQuotesAbout", quotes::pagesByAbout);
		NestedLoaders.connections(registry, "personQuotes", quotes::pagesBySpeaker);
	}

	@QueryMapping
	DataFetcherResult<Connection<Quote>> quotes(@Argument QuoteFilter filter, @Arguments Page page,
			DataFetchingFieldSelectionSet selection) {
		QuoteFilter given = (filter != null) ? filter : QuoteFilter.NONE;
		return new QuoteScope(given, true).on(this.quotes.page(given, page, selection.contains("totalCount")));
	}

	@SchemaMapping
	CompletableFuture<Person> speaker(Quote quote, DataLoader<Long, Person> people) {
		return (quote.speakerId() != null) ? people.load(quote.speakerId()) : CompletableFuture.completedFuture(null);
	}

	@SchemaMapping
	CompletableFuture<Organization> organization(Quote quote, DataLoader<Long, Organization> organizations) {
		return (quote.organizationId() != null) ? organizations.load(quote.organizationId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping
	CompletableFuture<Article> article(Quote quote, DataLoader<Long, Article> articles) {
		return articles.load(quote.articleId());
	}

	@BatchMapping(typeName = "Article", field = "quotes")
	Map<Article, List<Quote>> quotesInArticles(List<Article> articles) {
		Map<Long, List<Quote>> quotes = this.quotes.findByArticles(articles.stream().map(Article::id).toList());
		return Batches.each(articles, (article) -> quotes.getOrDefault(article.id(), List.of()));
	}

	@SchemaMapping(typeName = "Organization", field = "quotes")
	CompletableFuture<DataFetcherResult<Connection<Quote>>> quotesOfOrganization(Organization organization,
			@Arguments Page page, DataFetchingFieldSelectionSet selection,
			DataLoader<ParentPage, Connection<Quote>> organizationQuotes) {
		QuoteScope scope = new QuoteScope(new QuoteFilter(null, organization.slug(), null, null, null), false);
		return organizationQuotes.load(new ParentPage(organization.id(), page, selection.contains("totalCount")))
			.thenApply(scope::on);
	}

	@SchemaMapping(typeName = "Organization", field = "quotesAbout")
	CompletableFuture<DataFetcherResult<Connection<Quote>>> quotesAbout(Organization organization, @Arguments Page page,
			DataFetchingFieldSelectionSet selection,
			DataLoader<ParentPage, Connection<Quote>> organizationQuotesAbout) {
		QuoteScope scope = new QuoteScope(new QuoteFilter(null, null, organization.slug(), null, null), false);
		return organizationQuotesAbout.load(new ParentPage(organization.id(), page, selection.contains("totalCount")))
			.thenApply(scope::on);
	}

	@SchemaMapping(typeName = "Person", field = "quotes")
	CompletableFuture<DataFetcherResult<Connection<Quote>>> quotesOfPerson(Person person, @Arguments Page page,
			DataFetchingFieldSelectionSet selection, DataLoader<ParentPage, Connection<Quote>> personQuotes) {
		QuoteScope scope = new QuoteScope(new QuoteFilter(person.slug(), null, null, null, null), false);
		return personQuotes.load(new ParentPage(person.id(), page, selection.contains("totalCount")))
			.thenApply(scope::on);
	}

	@BatchMapping
	Map<Quote, List<Organization>> about(List<Quote> quotes) {
		Map<Long, List<Organization>> about = this.organizations
			.findAboutQuotes(quotes.stream().map(Quote::id).toList());
		return Batches.each(quotes, (quote) -> about.getOrDefault(quote.id(), List.of()));
	}

}
