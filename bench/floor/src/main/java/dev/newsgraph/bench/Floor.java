package dev.newsgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor of one benchmark query: its hand-written SQL ({@code <query>.sql} beside its
 * GraphQL document), run over JDBC from a HikariCP pool sized like the service's. The
 * SQL's {@code :'name'} placeholders (psql's syntax, so the same file runs in psql) are
 * bound from the parameters file as strings; the SQL casts where it needs another type.
 * Configured by the environment, which JMH's forks inherit: {@code FLOOR_JDBC_URL},
 * {@code FLOOR_QUERIES} (the queries folder) and {@code FLOOR_PARAMS} (the JSON file).
 * The threads, the time and the query list come from JMH's command line
 * ({@code -t}, {@code -r}, {@code -p query=...}).
 */
@State(Scope.Benchmark)
public class Floor {

	private static final Pattern PLACEHOLDER = Pattern.compile(":'(\\w+)'");

	/** A query's path under the queries folder, without {@code .sql}, such as {@code mix/deep-page}. */
	@Param("")
	public String query;

	private HikariDataSource pool;

	private String sql;

	private List<String> arguments;

	@Setup(Level.Trial)
	public void open() throws IOException {
		Map<String, Object> params = new ObjectMapper().readValue(Path.of(env("FLOOR_PARAMS")).toFile(),
				new TypeReference<Map<String, Object>>() {
				});
		String text = Files.readString(Path.of(env("FLOOR_QUERIES"), this.query + ".sql"));
		this.arguments = new ArrayList<>();
		Matcher placeholder = PLACEHOLDER.matcher(text);
		while (placeholder.find()) {
			Object value = params.get(placeholder.group(1));
			if (value == null) {
				throw new IllegalStateException(this.query + ".sql: no parameter " + placeholder.group(1));
			}
			this.arguments.add(value.toString());
		}
		this.sql = placeholder.replaceAll("?");
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(env("FLOOR_JDBC_URL"));
		config.setUsername("postgres");
		// HikariCP's default, which the service keeps
		config.setMaximumPoolSize(10);
		this.pool = new HikariDataSource(config);
	}

	@TearDown(Level.Trial)
	public void close() {
		this.pool.close();
	}

	@Benchmark
	public void run(Blackhole blackhole) throws SQLException {
		try (Connection connection = this.pool.getConnection();
				PreparedStatement statement = connection.prepareStatement(this.sql)) {
			for (int i = 0; i < this.arguments.size(); i++) {
				statement.setString(i + 1, this.arguments.get(i));
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					blackhole.consume(rows.getString(1));
				}
			}
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("Set " + name);
		}
		return value;
	}

}
