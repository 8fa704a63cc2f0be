package dev.newsgraph.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DatabaseUrlTest {

	@Test
	void translatesTheHostingPlatformFormToJdbc() {
		DatabaseUrl url = DatabaseUrl.parse("postgres://news:s%40cret@db.internal:6543/newsgraph?sslmode=require");
		assertThat(url.getJdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/newsgraph?sslmode=require");
		assertThat(url.getUsername()).isEqualTo("news");
		assertThat(url.getPassword()).isEqualTo("s@cret");
		assertThat(url.getDriverClassName()).isEqualTo("org.postgresql.Driver");
	}

	@Test
	void defaultsPortAndDatabase() {
		DatabaseUrl url = DatabaseUrl.parse("postgresql://localhost");
		assertThat(url.getJdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
		assertThat(url.getUsername()).isNull();
		assertThat(url.getPassword()).isNull();
	}

	@Test
	void neverPrintsThePassword() {
		assertThat(DatabaseUrl.parse("postgres://news:topsecret@db/x").toString()).doesNotContain("topsecret");
		assertThat(DatabaseConfiguration.maskPassword("jdbc:postgresql://db/x?user=a&password=topsecret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db/x?user=a&password=****&ssl=true");
	}

	@Test
	void rejectsOtherSchemesWithAClearMessage() {
		assertThatExceptionOfType(InvalidDatabaseUrlException.class).isThrownBy(() -> DatabaseUrl.parse("mysql://db/x"))
			.withMessage("DATABASE_URL must start with postgres:// or postgresql://, not mysql://");
		assertThatExceptionOfType(InvalidDatabaseUrlException.class)
			.isThrownBy(() -> DatabaseUrl.parse("postgres:///x"))
			.withMessage("DATABASE_URL names no host");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aMalformedUrlStopsTheStartWithWhatToDoNotAStackTrace(CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(NewsgraphApplication.class).web(WebApplicationType.NONE)
				.run("--newsgraph.database-url=postgres://news:secret@db host/x"));
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "DATABASE_URL is not a URL",
				"Set DATABASE_URL to postgres://user:password@host:5432/database");
		assertThat(output.getOut() + output.getErr()).doesNotContain("\tat ", "secret");
	}

}
