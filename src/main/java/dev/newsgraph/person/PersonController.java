package dev.newsgraph.person;

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
import dev.newsgraph.article.ArticleScope;
import dev.newsgraph.article.ArticleRepository;
import dev.newsgraph.paging.Batches;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.paging.NestedLoaders;
import dev.newsgraph.paging.Page;
import dev.newsgraph.paging.ParentPage;

/**
 * {@code Person}, {@code Query.person}, {@code Query.people} and {@code Article.people}.
 */
@Controller
class PersonController {

	private final PersonRepository people;

	PersonController(PersonRepository people, ArticleRepository articles, BatchLoaderRegistry registry) {
		this.people = people;
		registry.forTypePair(Long.class, Person.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(people.findByIds(ids)));
		NestedLoaders.connections(registry, "personArticles", articles::pagesByPerson);
	}

	@QueryMapping
	Person person(@Argument String slug) {
		return this.people.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Person> people(@Argument PersonFilter filter, @Arguments Page page,
			DataFetchingFieldSelectionSet selection) {
		return this.people.page((filter != null) ? filter : PersonFilter.NONE, page, selection.contains("totalCount"));
	}

	@BatchMapping
	Map<Person, List<Affiliation>> affiliations(List<Person> people) {
		Map<Long, List<Affiliation>> affiliations = this.people
			.affiliationsByPerson(people.stream().map(Person::id).toList());
		return Batches.each(people, (person) -> affiliations.getOrDefault(person.id(), List.of()));
	}

	@BatchMapping(typeName = "Article", field = "people")
	Map<Article, List<Person>> peopleInArticles(List<Article> articles) {
		Map<Long, List<Person>> people = this.people.findByArticles(articles.stream().map(Article::id).toList());
		return Batches.each(articles, (article) -> people.getOrDefault(article.id(), List.of()));
	}

	@SchemaMapping
	CompletableFuture<DataFetcherResult<Connection<Article>>> articles(Person person, @Arguments Page page,
			DataFetchingFieldSelectionSet selection, DataLoader<ParentPage, Connection<Article>> personArticles) {
		return personArticles.load(new ParentPage(person.id(), page, selection.contains("totalCount")))
			.thenApply(ArticleScope.of(null, person.slug())::on);
	}

}
