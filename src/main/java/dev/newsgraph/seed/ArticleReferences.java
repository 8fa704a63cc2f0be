package dev.newsgraph.seed;

import java.util.Map;
import java.util.Set;

/**
 * What every article is checked against. A registry that could not be read is null or
 * marked unread: references into it would all look unknown, so only the file's own
 * problem is reported.
 *
 * @param sources the sources' slugs, or null when that file could not be read
 * @param people the people by slug
 * @param peopleRead whether the people file was read
 * @param mentionFinder finds the organizations' aliases in a body, and the people's full
 * names for {@link CuratorWarnings}
 * @param organizationsRead whether the organizations file was read
 */
record ArticleReferences(Set<String> sources, Map<String, SeedFiles.Person> people, boolean peopleRead,
		MentionFinder mentionFinder, boolean organizationsRead) {
}
