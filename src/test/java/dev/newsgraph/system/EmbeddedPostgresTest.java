package dev.newsgraph.system;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		DatabaseProperties.EmbeddedDb settings = new DatabaseProperties.EmbeddedDb(this.dataDir, 0);
		try (EmbeddedPostgres first = DatabaseConfiguration.startEmbeddedPostgres(settings)) {
			JdbcClient.create(first.getPostgresDatabase()).sql("create table kept (id int)").update();
		}
		try (EmbeddedPostgres second = DatabaseConfiguration.startEmbeddedPostgres(settings)) {
			assertThat(JdbcClient.create(second.getPostgresDatabase())
				.sql("select server_version_num >= 180000 from (select current_setting('server_version_num')::int"
						+ " as server_version_num) v")
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(JdbcClient.create(second.getPostgresDatabase())
				.sql("select count(*) from information_schema.tables where table_name = 'kept'")
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void aSecondServerOnTheSameDirectoryFailsAtOnceSayingWhy() throws Exception {
		DatabaseProperties.EmbeddedDb settings = new DatabaseProperties.EmbeddedDb(this.dataDir, 0);
		try (EmbeddedPostgres running = DatabaseConfiguration.startEmbeddedPostgres(settings)) {
			assertThatExceptionOfType(EmbeddedPostgresInUseException.class)
				.isThrownBy(() -> DatabaseConfiguration.startEmbeddedPostgres(settings))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).isEqualTo("The embedded PostgreSQL data directory "
							+ this.dataDir.toAbsolutePath() + " is in use by another process");
					FailureAnalysis analysis = new EmbeddedPostgresInUseFailureAnalyzer().analyze(ex);
					assertThat(analysis.getAction()).contains("NEWSGRAPH_EMBEDDED_DB_DIR", "SPRING_DATASOURCE_URL");
				});
			// the first server is unharmed
			assertThat(JdbcClient.create(running.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

}
