package dev.newsgraph.article;

import java.util.List;

/**
 * An article related to another.
 *
 * @param articleId the related article
 * @param score closeness
 * @param sharedIds organizations both mention
 */
public record RelatedArticle(long articleId, double score, List<Long> sharedIds) {

}
