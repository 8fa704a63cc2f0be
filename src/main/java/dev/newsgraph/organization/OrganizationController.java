package dev.newsgraph.organization;

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
import dev.newsgraph.graphql.GraphQlLimits;
import dev.newsgraph.paging.NestedLoaders;
import dev.newsgraph.paging.NestedLoaders.ParentFirst;
import dev.newsgraph.paging.Page;
import dev.newsgraph.paging.ParentPage;

/**
 * {@code Organization}, {@code Query.organization}, {@code Query.organizations} and
 * {@code CoMention}. An organization's people and quotes are resolved in those features.
 */
@Controller
class OrganizationController {

	private final OrganizationRepository organizations;

	private final GraphQlLimits limits;

	OrganizationController(OrganizationRepository organizations, ArticleRepository articles, GraphQlLimits limits,
			BatchLoaderRegistry registry) {
		this.organizations = organizations;
		this.limits = limits;
		registry.forTypePair(Long.class, Organization.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.just(organizations.findByIds(ids)));
		NestedLoaders.lists(registry, "coMentions", organizations::coMentions);
		NestedLoaders.connections(registry, "organizationArticles", articles::pagesByOrganization);
	}

	@QueryMapping
	Organization organization(@Argument String slug) {
		return this.organizations.findBySlug(slug).orElse(null);
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument OrganizationFilter filter, @Argument OrganizationOrder orderBy,
			@Arguments Page page, DataFetchingFieldSelectionSet selection) {
		return this.organizations.page((filter != null) ? filter : OrganizationFilter.NONE,
				(orderBy != null) ? orderBy : OrganizationOrder.DEFAULT, page, selection.contains("totalCount"));
	}

	@BatchMapping
	Map<Organization, List<String>> aliases(List<Organization> organizations) {
		Map<Long, List<String>> aliases = this.organizations.aliases(ids(organizations));
		return Batches.each(organizations, (organization) -> aliases.getOrDefault(organization.id(), List.of()));
	}

	@SchemaMapping
	CompletableFuture<Organization> parent(Organization organization, DataLoader<Long, Organization> organizations) {
		return (organization.parentId() != null) ? organizations.load(organization.parentId())
				: CompletableFuture.completedFuture(null);
	}

	@SchemaMapping
	CompletableFuture<DataFetcherResult<Connection<Article>>> articles(Organization organization, @Arguments Page page,
			DataFetchingFieldSelectionSet selection, DataLoader<ParentPage, Connection<Article>> organizationArticles) {
		return organizationArticles.load(new ParentPage(organization.id(), page, selection.contains("totalCount")))
			.thenApply(ArticleScope.of(organization.slug(), null)::on);
	}

	@SchemaMapping
	CompletableFuture<List<CoMention>> coMentions(Organization organization, @Argument Integer first,
			DataLoader<ParentFirst, List<CoMention>> coMentions) {
		this.limits.checkPageSize("first", first);
		// an explicit null means the schema's default
		return coMentions.load(new ParentFirst(organization.id(), (first != null) ? first : 10));
	}

	@SchemaMapping(typeName = "CoMention")
	CompletableFuture<Organization> organization(CoMention coMention, DataLoader<Long, Organization> organizations) {
		return organizations.load(coMention.organizationId());
	}

	private static List<Long> ids(List<Organization> organizations) {
		return organizations.stream().map(Organization::id).toList();
	}

}
