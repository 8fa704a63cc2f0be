package dev.newsgraph.database;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A {@code postgres://user:password@host:port/database?params} URL, the form hosting
 * platforms put in {@code DATABASE_URL}, translated to JDBC terms.
 */
record DatabaseUrl(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

	static DatabaseUrl parse(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new InvalidDatabaseUrlException("DATABASE_URL is not a URL: " + ex.getReason());
		}
		if (!"postgres".equals(uri.getScheme()) && !"postgresql".equals(uri.getScheme())) {
			throw new InvalidDatabaseUrlException(
					"DATABASE_URL must start with postgres:// or postgresql://, not " + uri.getScheme() + "://");
		}
		if (uri.getHost() == null) {
			throw new InvalidDatabaseUrlException("DATABASE_URL names no host");
		}
		String database = (uri.getRawPath() == null || uri.getRawPath().length() <= 1) ? "postgres"
				: decode(uri.getRawPath().substring(1));
		int port = (uri.getPort() != -1) ? uri.getPort() : 5432;
		String query = (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
		String username = null;
		String password = null;
		if (uri.getRawUserInfo() != null) {
			String[] userInfo = uri.getRawUserInfo().split(":", 2);
			username = decode(userInfo[0]);
			password = (userInfo.length > 1) ? decode(userInfo[1]) : null;
		}
		return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + database + query, username,
				password);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidDatabaseUrlException("DATABASE_URL has a malformed %-escape");
		}
	}

	@Override
	public String getJdbcUrl() {
		return this.jdbcUrl;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String toString() {
		return "DatabaseUrl[" + this.jdbcUrl + ", user " + this.username + "]";
	}

}
