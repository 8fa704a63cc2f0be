package dev.newsgraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;
import dev.newsgraph.http.PersistedQueries;

/**
 * Generated and mutated requests for the fuzz suite ({@link HostileInputTest}). Request
 * {@code i} of seed {@code s} is the same on every run, so a failure is replayed by its
 * seed and index alone.
 */
final class HostileRequests {

	/** One HTTP request, and what it was made to try. */
	record Request(String kind, String method, String pathAndQuery, String contentType, String accept, byte[] body) {

		String bodyText() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			String text = bodyText();
			return this.kind + ": " + this.method + " " + this.pathAndQuery + " Content-Type: " + this.contentType
					+ " Accept: " + this.accept + " body (" + this.body.length + " bytes): "
					+ (text.length() > 600 ? text.substring(0, 600) + "…" : text);
		}

	}

	static final List<String> NASTY_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\uD800", "\uDFFF\uD800",
			"\u202Eevil\u202C", "\u200B", "é".repeat(3), "🦜", "'", "\"", "\\", "' or '1'='1",
			"'; drop table articles; --", "\" or 1=1 --", "1; select pg_sleep(10)", "$$; delete from quotes; $$", "%",
			"_", "%_%", "*", "huawei' --", "../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://x}",
			"x".repeat(10_000), "ü".repeat(5_000), "\n\r\t", "NaN", "-0", "1e309", "99999999999999999999999");

	static final List<Object> NASTY_VALUES = List.of(0, -1, 1, 101, Integer.MAX_VALUE, Integer.MIN_VALUE,
			Long.MAX_VALUE, new java.math.BigInteger("99999999999999999999999999"), 1.5, -0.0, 1e308, true, false,
			List.of(), List.of(1, 2), Map.of(), Map.of("search", "'; drop table articles; --"),
			Map.of("organizations", List.of("huawei' --")), Map.of("publishedAfter", "2020-13-45"),
			Map.of("field", "NOPE"), Map.of("field", "TITLE", "direction", "SIDEWAYS"));

	private static final List<String> CONTENT_TYPES = List.of("text/plain", "multipart/form-data",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/graphql",
			"application/xml", "application/json; charset=utf-16", "application/json; charset=nope", "json", "*/*",
			"application/graphql-response+json", ";;;", "");

	private static final List<String> ACCEPTS = List.of("application/json", "application/graphql-response+json", "*/*",
			"text/html", "application/xml", "application/json;q=0", "garbage;;q=x", "");

	private static final List<String> BODIES = List.of("null", "[]", "[{\"query\":\"{ dataset { version } }\"}]", "42",
			"-1e999", "true", "\"{ dataset { version } }\"", "{", "{\"query\":",
			"{\"query\":\"{ dataset { version } }\"", "{\"query\":null}", "{\"query\":42}", "{\"query\":[]}",
			"{\"query\":{}}", "{\"query\":\"\"}", "{\"variables\":{}}",
			"{\"query\":\"{ dataset { version } }\",\"variables\":[]}",
			"{\"query\":\"{ dataset { version } }\",\"variables\":\"x\"}",
			"{\"query\":\"{ dataset { version } }\",\"extensions\":42}",
			"{\"query\":\"{ dataset { version } }\",\"operationName\":42}",
			"{\"query\":\"{ dataset { version } }\",\"operationName\":\"Nope\"}",
			"{\"query\":\"query A { dataset { version } } query B { dataset { version } }\"}",
			"{\"query\":\"mutation { x }\"}", "{\"query\":\"subscription { x }\"}",
			"{\"query\":\"{ __schema { types { name } } }\"}", "\u0000",
			"{\"query\":\"{ dataset { version } }\"}garbage", "{\"query\":\"{ dataset { version } }\",}",
			"{\"query\":\"\\ud800\"}", "{\"a\":".repeat(2000));

	private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");

	private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final JsonMapper json = JsonMapper.builder().build();

	private final long seed;

	private final List<String> documents;

	private final List<String> cursors;

	/**
	 * @param seed the run's seed
	 * @param documents valid GraphQL documents to mutate
	 * @param cursors real cursors that the service gave out, to forge from
	 */
	HostileRequests(long seed, List<String> documents, List<String> cursors) {
		this.seed = seed;
		this.documents = List.copyOf(documents);
		this.cursors = List.copyOf(cursors);
	}

	Request request(int index) {
		Random random = new Random(this.seed * 1_000_003L + index);
		return switch (random.nextInt(12)) {
			case 0, 1 -> post("mutated document", mutate(random, pick(random, this.documents)), junkVariables(random));
			case 2 -> post("junk variables", pick(random, this.documents), junkVariables(random));
			case 3 -> post("injected string arguments", injectStrings(random, pick(random, this.documents)), Map.of());
			case 4 -> raw("malformed or non-object body", "application/json", pick(random, ACCEPTS),
					pick(random, BODIES).getBytes(StandardCharsets.UTF_8));
			case 5 -> raw("wrong content type", pick(random, CONTENT_TYPES), pick(random, ACCEPTS),
					body(pick(random, this.documents), Map.of()));
			case 6 -> oversized(random);
			case 7 ->
				post("deep nesting or alias fan-out", random.nextBoolean() ? deep(random) : fanOut(random), Map.of());
			case 8 -> post("forged cursor", pick(random, this.documents), Map.of("after", forgedCursor(random),
					"before", forgedCursor(random), "first", random.nextInt(5) + 1));
			case 9 -> persisted(random);
			case 10 -> get(random);
			default -> raw("invalid UTF-8", "application/json", "application/json", invalidUtf8(random));
		};
	}

	private Request post(String kind, String query, Map<String, Object> variables) {
		return raw(kind, "application/json", "application/graphql-response+json", body(query, variables));
	}

	private static Request raw(String kind, String contentType, String accept, byte[] body) {
		return new Request(kind, "POST", "/graphql", contentType, accept, body);
	}

	private static byte[] body(String query, Map<String, Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		return json.writeValueAsBytes(body);
	}

	private static String mutate(Random random, String document) {
		StringBuilder text = new StringBuilder(document);
		for (int i = random.nextInt(3); i >= 0 && text.length() > 1; i--) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(5)) {
				case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
				case 1 -> text.insert(at, pick(random, List.of("{", "}", "(", ")", "$", "\"", ":", "!", "...", "@", "#",
						"\u0000", "\uD800", "\u202E", "99999999999999999999", "-", "__typename", ",")));
				case 2 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
				case 3 -> text.setCharAt(at, (char) random.nextInt(0x3000));
				default -> text.insert(at, pick(random, NASTY_STRINGS));
			}
		}
		return text.toString();
	}

	private static Map<String, Object> junkVariables(Random random) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (String name : List.of("first", "last", "after", "before", "filter", "orderBy", "slug", "name", "query",
				"id", "n", "search")) {
			if (random.nextInt(3) == 0) {
				variables.put(name, random.nextBoolean() ? pick(random, NASTY_STRINGS) : pick(random, NASTY_VALUES));
			}
		}
		return variables;
	}

	private static String injectStrings(Random random, String document) {
		Matcher literal = STRING_LITERAL.matcher(document);
		StringBuilder text = new StringBuilder();
		while (literal.find()) {
			String payload = pick(random, NASTY_STRINGS).replace("\\", "\\\\").replace("\"", "\\\"");
			literal.appendReplacement(text, Matcher.quoteReplacement("\"" + payload + "\""));
		}
		literal.appendTail(text);
		// variables become literals too, so that every string argument is tried
		return VARIABLE.matcher(text)
			.replaceAll((match) -> "\"" + pick(random, List.of("x", "' or 1=1 --", "%")) + "\"");
	}

	private static Request oversized(Random random) {
		int size = 256 * 1024 + 1 + random.nextInt(512 * 1024);
		String query = "{ dataset { version } }" + " ".repeat(size);
		return random.nextBoolean()
				? raw("oversized body", "application/json", "application/json", body(query, Map.of()))
				: new Request("oversized query string", "GET", "/graphql?query=" + "%20".repeat(size / 8), null,
						"application/json", new byte[0]);
	}

	private static String deep(Random random) {
		int depth = 1 + random.nextInt(300);
		return "{ organization(slug: \"honor\") { " + "parent { ".repeat(depth) + "name" + " }".repeat(depth) + " } }";
	}

	private static String fanOut(Random random) {
		StringBuilder query = new StringBuilder("{");
		int aliases = 2 + random.nextInt(3000);
		for (int i = 0; i < aliases; i++) {
			query.append(" a")
				.append(i)
				.append(": ")
				.append(pick(random, List.of("articles(first: 100) { nodes { slug } }",
						"search(query: \"huawei\", first: 100) { totalCount nodes { rank } }", "dataset { version }",
						"organizations(first: 100) { nodes { coMentions { articleCount } } }")));
		}
		return query.append(" }").toString();
	}

	private String forgedCursor(Random random) {
		if (this.cursors.isEmpty() || random.nextInt(4) == 0) {
			return pick(random,
					List.of("", "x", "====", "eyJ9",
							Base64.getUrlEncoder()
								.encodeToString("{\"k\":[1],\"s\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
							pick(random, NASTY_STRINGS)));
		}
		String real = pick(random, this.cursors);
		String decoded = new String(Base64.getUrlDecoder().decode(real), StandardCharsets.UTF_8);
		String other = new String(Base64.getUrlDecoder().decode(pick(random, this.cursors)), StandardCharsets.UTF_8);
		String forged = switch (random.nextInt(4)) {
			// the keys of one list signed with the scope of another ("re-signed")
			case 0 -> decoded.replaceAll("\"s\":\"[^\"]*\"",
					Matcher.quoteReplacement(other.substring(Math.max(0, other.indexOf("\"s\"")), other.length() - 1)));
			case 1 -> decoded.replaceFirst("\\[[^\\]]*\\]", Matcher.quoteReplacement(
					"[" + json.writeValueAsString(pick(random, NASTY_STRINGS)) + ",99999999999999999999]"));
			case 2 -> decoded.replaceFirst("\\[", "[null,");
			default -> decoded.substring(0, random.nextInt(decoded.length()));
		};
		return Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
	}

	private Request persisted(Random random) {
		String document = pick(random, this.documents);
		String hash = switch (random.nextInt(4)) {
			case 0 -> PersistedQueries.sha256(document);
			case 1 -> PersistedQueries.sha256(document + " ");
			case 2 -> "0".repeat(64);
			default -> pick(random, NASTY_STRINGS);
		};
		Map<String, Object> persistedQuery = new LinkedHashMap<>();
		persistedQuery.put("version", random.nextBoolean() ? 1 : pick(random, NASTY_VALUES));
		persistedQuery.put("sha256Hash", random.nextInt(5) == 0 ? pick(random, NASTY_VALUES) : hash);
		Map<String, Object> body = new LinkedHashMap<>();
		if (random.nextBoolean()) {
			body.put("query", random.nextBoolean() ? document : mutate(random, document));
		}
		body.put("extensions", Map.of("persistedQuery", persistedQuery));
		return raw("persisted query", "application/json", "application/json", json.writeValueAsBytes(body));
	}

	private Request get(Random random) {
		String document = mutate(random, pick(random, this.documents));
		StringBuilder query = new StringBuilder();
		if (random.nextInt(4) != 0) {
			query.append("query=").append(encode(document));
		}
		if (random.nextBoolean()) {
			query.append("&variables=")
				.append(encode(
						random.nextBoolean() ? json.writeValueAsString(junkVariables(random)) : pick(random, BODIES)));
		}
		if (random.nextInt(3) == 0) {
			query.append("&extensions=").append(encode(pick(random, BODIES)));
		}
		if (random.nextInt(5) == 0) {
			query.append("&operationName=").append(encode(pick(random, NASTY_STRINGS)));
		}
		return new Request("GET", "GET", "/graphql?" + query, null, pick(random, ACCEPTS), new byte[0]);
	}

	private static byte[] invalidUtf8(Random random) {
		byte[] prefix = "{\"query\":\"{ organizations(filter: {name: \\\"".getBytes(StandardCharsets.UTF_8);
		byte[] bad = pick(random,
				List.of(new byte[] { (byte) 0xFF }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
						new byte[] { (byte) 0xC0, (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 }));
		byte[] suffix = "\\\"}) { nodes { slug } } }\"}".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[prefix.length + bad.length + suffix.length];
		System.arraycopy(prefix, 0, body, 0, prefix.length);
		System.arraycopy(bad, 0, body, prefix.length, bad.length);
		System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);
		return body;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

}
