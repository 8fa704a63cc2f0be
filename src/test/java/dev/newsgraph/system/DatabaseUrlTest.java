package dev.newsgraph.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("mysql://db/x"))
			.withMessage("DATABASE_URL must start with postgres:// or postgresql://, not mysql://");
		assertThatIllegalArgumentException().isThrownBy(() -> DatabaseUrl.parse("postgres:///x"))
			.withMessage("DATABASE_URL names no host");
	}

}
