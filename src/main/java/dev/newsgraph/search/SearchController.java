package dev.newsgraph.search;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.article.Article;
import dev.newsgraph.organization.Organization;
import dev.newsgraph.person.Person;
import dev.newsgraph.quote.Quote;
import dev.newsgraph.graphql.BadRequestException;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.paging.Page;

/**
 * {@code Query.search} and {@code SearchResult}.
 */
@Controller
class SearchController {

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	@QueryMapping
	Connection<SearchResult> search(@Argument String query, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		if (query.isBlank()) {
			throw new BadRequestException("query must not be blank");
		}
		return this.search.search(query.strip(), new Page(first, after, null, null), selection.contains("totalCount"));
	}

	@SchemaMapping(typeName = "SearchResult")
	CompletableFuture<?> node(SearchResult hit, DataLoader<Long, Article> articles, DataLoader<Long, Quote> quotes,
			DataLoader<Long, Organization> organizations, DataLoader<Long, Person> people) {
		return switch (hit.type()) {
			case "Article" -> articles.load(hit.id());
			case "Quote" -> quotes.load(hit.id());
			case "Organization" -> organizations.load(hit.id());
			default -> people.load(hit.id());
		};
	}

}
