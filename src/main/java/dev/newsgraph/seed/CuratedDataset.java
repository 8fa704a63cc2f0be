package dev.newsgraph.seed;

import java.time.LocalDate;
import java.util.List;

/**
 * A validated dataset, resolved and ready to write: every span computed, every slug
 * known. Offsets count Unicode code points, as PostgreSQL's {@code substr} does.
 *
 * @param checksum SHA-256 over the seed files
 */
record CuratedDataset(String checksum, List<SourceRow> sources, List<OrganizationRow> organizations,
		List<PersonRow> people, List<ArticleRow> articles) {

	DatasetCounts counts() {
		return new DatasetCounts(this.sources.size(), this.articles.size(), this.organizations.size(),
				this.people.size(), this.articles.stream().mapToInt((article) -> article.quotes().size()).sum(),
				this.articles.stream().mapToInt((article) -> article.mentions().size()).sum());
	}

	record SourceRow(String slug, String name, String url) {
	}

	record OrganizationRow(String slug, String name, List<String> aliases, String kind, String parentSlug,
			String country, String wikidataId, String description) {
	}

	record PersonRow(String slug, String name, String wikidataId, List<AffiliationRow> affiliations) {
	}

	record AffiliationRow(String organizationSlug, String role) {
	}

	/**
	 * @param fingerprint what the row is made from: its files and the shared files (see
	 * {@link SeedFolderReader})
	 */
	record ArticleRow(String slug, String fileName, String sha256, String fingerprint, String title, String body,
			String sourceSlug, String url, LocalDate publishedOn, String publishedPrecision, String byline,
			int wordCount, List<String> peopleSlugs, List<MentionRow> mentions, List<QuoteRow> quotes) {
	}

	record MentionRow(String organizationSlug, int start, int end) {
	}

	record QuoteRow(int start, int end, String text, String speakerSlug, String organizationSlug, String role,
			String context, List<String> aboutSlugs) {
	}

}
