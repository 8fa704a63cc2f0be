package dev.newsgraph.graphql;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Flyway schema on the real PostgreSQL 18: applied, and its constraints hold. Each
 * test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class SchemaTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void flywayAppliedEveryMigrationOnPostgres18() {
		List<String> applied = this.jdbc
			.sql("select version from flyway_schema_history where success order by installed_rank")
			.query(String.class)
			.list();
		assertThat(applied).startsWith("1");
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select current_setting('server_version_num')::int").query(Integer.class).single())
			.isGreaterThanOrEqualTo(180000);
	}

	@Test
	void rejectsAQuoteSpanPastTheEndOfItsArticle() {
		long article = insertArticle("short", "Twelve chars");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				insert into quotes (article_id, article_length, start_offset, end_offset, text, context)
				values (:article, 12, 5, 20, '123456789012345', 'x')
				""").param("article", article).update()).withMessageContaining("quotes_check");
	}

	@Test
	void rejectsAQuoteThatLiesAboutTheArticleLength() {
		long article = insertArticle("short", "Twelve chars");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql("""
				insert into quotes (article_id, article_length, start_offset, end_offset, text, context)
				values (:article, 100, 5, 20, '123456789012345', 'x')
				""").param("article", article).update()).withMessageContaining("foreign key");
	}

	@Test
	void rejectsADuplicateSlug() {
		insertArticle("same-slug", "One body");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertArticle("same-slug", "Another body"))
			.withMessageContaining("articles_slug_key");
	}

	@Test
	void rejectsASlugOfTheWrongShape() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertArticle("Not A Slug", "Body"))
			.withMessageContaining("slug");
	}

	@Test
	void rejectsAMentionOfAnUnknownOrganization() {
		long article = insertArticle("mentions", "Huawei said so");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc
				.sql("""
						insert into organization_mentions (article_id, article_length, organization_id, start_offset, end_offset)
						values (:article, 14, -1, 0, 6)
						""")
				.param("article", article)
				.update())
			.withMessageContaining("organization_mentions_organization_id_fkey");
	}

	private long insertArticle(String slug, String body) {
		return this.jdbc.sql("""
				insert into articles (slug, file_name, text_sha256, title, body, word_count)
				values (:slug, :slug || '.txt', repeat('a', 64), 'Title', :body, 2)
				returning id
				""").param("slug", slug).param("body", body).query(Long.class).single();
	}

}
