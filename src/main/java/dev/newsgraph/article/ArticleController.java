package dev.newsgraph.article;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import dev.newsgraph.paging.Batches;
import dev.newsgraph.paging.Connection;
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.paging.NestedLoaders;
import dev.newsgraph.paging.NestedLoaders.ParentFirst;
import dev.newsgraph.paging.Page;

/**
 * {@code Article}, {@code Query.article}, {@code Query.articles} and related articles.
 * The edges to organizations, people and quotes are resolved in their features, which
 * come after this one.
 */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final GraphQlLimits limits;

	ArticleController(ArticleRepository articles, GraphQlLimits limits, BatchLoaderRegistry registry) {
		this.articles = articles;
		this.limits = limits;
		registry.forTypePair(Long.class, Article.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(articles.findByIds(ids)));
		NestedLoaders.lists(registry, "relatedArticles", articles::related);
	}

	@QueryMapping
	Article article(@Argument String slug) {
		return this.articles.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	DataFetcherResult<Connection<Article>> articles(@Argument ArticleFilter filter, @Argument ArticleOrder orderBy,
			@Arguments Page page, DataFetchingFieldSelectionSet selection) {
		ArticleFilter given = (filter != null) ? filter : ArticleFilter.NONE;
		return new ArticleScope(given, true).on(this.articles.page(given,
				(orderBy != null) ? orderBy : ArticleOrder.DEFAULT, page, selection.contains("totalCount")));
	}

	@BatchMapping
	Map<Article, String> body(List<Article> articles) {
		Map<Long, String> bodies = this.articles.bodies(ids(articles));
		return Batches.each(articles, (article) -> bodies.get(article.id()));
	}

	@SchemaMapping
	CompletableFuture<Source> source(Article article, DataLoader<Long, Source> sources) {
		return (article.sourceId() != null) ? sources.load(article.sourceId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping
	CompletableFuture<List<RelatedArticle>> related(Article article, @Argument Integer first,
			DataLoader<ParentFirst, List<RelatedArticle>> relatedArticles) {
		this.limits.checkPageSize("first", first);
		// an explicit null means the schema's default
		return relatedArticles.load(new ParentFirst(article.id(), (first != null) ? first : 5));
	}

	@SchemaMapping(typeName = "RelatedArticle")
	CompletableFuture<Article> article(RelatedArticle related, DataLoader<Long, Article> articles) {
		return articles.load(related.articleId());
	}

	private static List<Long> ids(List<Article> articles) {
		return articles.stream().map(Article::id).toList();
	}

}
