package dev.newsgraph.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import dev.newsgraph.lifecycle.StartupProblemFailureAnalyzer;

class EmbeddedPostgresTest {

	@TempDir
	Path dataDir;

	@Test
	void keepsItsDataAcrossRestarts() throws Exception {
		DatabaseProperties.EmbeddedDb settings = new DatabaseProperties.EmbeddedDb(this.dataDir, 0);
		try (EmbeddedPostgres first = EmbeddedPostgresServer.start(settings)) {
			JdbcClient.create(first.getPostgresDatabase()).sql("create table kept (id int)").update();
		}
		try (EmbeddedPostgres second = EmbeddedPostgresServer.start(settings)) {
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
		try (EmbeddedPostgres running = EmbeddedPostgresServer.start(settings)) {
			assertThatExceptionOfType(EmbeddedPostgresInUseException.class)
				.isThrownBy(() -> EmbeddedPostgresServer.start(settings))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).isEqualTo("The embedded PostgreSQL data directory "
							+ this.dataDir.toAbsolutePath() + " is in use by another process");
					FailureAnalysis analysis = new StartupProblemFailureAnalyzer().analyze(ex);
					assertThat(analysis.getAction()).contains("NEWSGRAPH_EMBEDDED_DB_DIR", "SPRING_DATASOURCE_URL");
				});
			// the first server is unharmed
			assertThat(JdbcClient.create(running.getPostgresDatabase()).sql("select 1").query(Integer.class).single())
				.isEqualTo(1);
		}
	}

	private static int freePort() throws java.io.IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void stopsAServerLeftRunningByAKilledProcessThenStarts() throws Exception {
		DatabaseProperties.EmbeddedDb settings = new DatabaseProperties.EmbeddedDb(this.dataDir, 0);
		try (EmbeddedPostgres first = EmbeddedPostgresServer.start(settings)) {
			JdbcClient.create(first.getPostgresDatabase()).sql("create table kept (id int)").update();
		}
		// what a SIGKILLed service leaves behind: its postmaster, running, with no owner
		Path pgCtl;
		try (Stream<Path> binaries = Files.list(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"))) {
			pgCtl = binaries.map((dir) -> dir.resolve("bin/pg_ctl"))
				.filter(Files::isExecutable)
				.findFirst()
				.orElseThrow();
		}
		List<String> command = new ArrayList<>(
				List.of(pgCtl.toString(), "-D", this.dataDir.toString(), "-o", "-p " + freePort(), "-w", "start"));
		if ("root".equals(System.getProperty("user.name"))) {
			// as zonky does: PostgreSQL refuses to run as root, so it runs in a user
			// namespace
			command.addAll(0, List.of("unshare", "-U"));
		}
		Process orphanStart = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("orphan.log").toFile())
			.start();
		assertThat(orphanStart.waitFor()).isZero();
		long orphan = Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphan)).hasValueSatisfying((process) -> assertThat(process.isAlive()).isTrue());

		try (EmbeddedPostgres second = EmbeddedPostgresServer.start(settings)) {
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
			assertThat(JdbcClient.create(second.getPostgresDatabase())
				.sql("select count(*) from information_schema.tables where table_name = 'kept'")
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
	}

}
