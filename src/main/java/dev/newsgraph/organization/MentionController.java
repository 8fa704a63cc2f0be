package dev.newsgraph.organization;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.RelatedArticle;
import dev.newsgraph.paging.Batches;

/**
 * Where articles meet organizations: {@code Article.organizations},
 * {@code OrganizationMention} and {@code RelatedArticle.shared}. They live here, not in
 * {@code article}, because organizations come after articles in the order of features.
 */
@Controller
class MentionController {

	private final OrganizationRepository organizations;

	MentionController(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	@BatchMapping(typeName = "Article", field = "organizations")
	Map<Article, List<OrganizationMention>> mentions(List<Article> articles) {
		Map<Long, List<OrganizationMention>> mentions = this.organizations
			.mentionsInArticles(articles.stream().map(Article::id).toList());
		return Batches.each(articles, (article) -> mentions.getOrDefault(article.id(), List.of()));
	}

	@SchemaMapping(typeName = "OrganizationMention")
	CompletableFuture<Organization> organization(OrganizationMention mention,
			DataLoader<Long, Organization> organizations) {
		return organizations.load(mention.organizationId());
	}

	@SchemaMapping(typeName = "RelatedArticle")
	CompletableFuture<List<Organization>> shared(RelatedArticle related, DataLoader<Long, Organization> organizations) {
		return organizations.loadMany(related.sharedIds());
	}

}
