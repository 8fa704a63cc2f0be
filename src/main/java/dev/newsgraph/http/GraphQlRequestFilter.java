package dev.newsgraph.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Prepares a POSTed JSON body for Spring's endpoint: a body that is not JSON, or not a
 * JSON object, is refused here with 400 and a GraphQL error; an automatic persisted query
 * sent by its hash alone gets graphql-java's persisted-query marker in place of the text
 * that Spring's endpoint requires, and the hash decides. A client that states no
 * preference ({@code Accept} missing or {@code *}{@code /*}) is answered in
 * {@code application/json}, which every client reads, as the GraphQL-over-HTTP
 * specification recommends while clients migrate.
 */
class GraphQlRequestFilter extends OncePerRequestFilter {

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	@SuppressWarnings("unchecked")
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String accept = knownAccept(request.getHeader(HttpHeaders.ACCEPT)) ? null : MediaType.APPLICATION_JSON_VALUE;
		if ("OPTIONS".equals(request.getMethod())) {
			// what this endpoint serves, not every method the servlet knows (set first,
			// so
			// that the dispatcher leaves it)
			response.setHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
		}
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter((accept != null) ? new CachedBodyRequest(request, new byte[0], accept) : request, response);
			return;
		}
		if (!isJson(request.getContentType())) {
			HttpErrorBody.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
					JsonErrorController.message(HttpStatus.UNSUPPORTED_MEDIA_TYPE));
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		Object parsed;
		try {
			parsed = json.readValue(body, Object.class);
		}
		catch (JacksonException ex) {
			HttpErrorBody.write(response, HttpStatus.BAD_REQUEST.value(),
					"The request body is not JSON: " + ex.getOriginalMessage());
			return;
		}
		if (parsed instanceof List) {
			HttpErrorBody.write(response, HttpStatus.BAD_REQUEST.value(),
					"The request body is a batch (a JSON array of operations), which this endpoint does not run; send"
							+ " each operation in a request of its own");
			return;
		}
		if (!(parsed instanceof Map<?, ?> map)) {
			HttpErrorBody.write(response, HttpStatus.BAD_REQUEST.value(),
					"The request body must be a JSON object with a \"query\" string, not "
							+ ((parsed == null) ? "null" : "a JSON value"));
			return;
		}
		Map<String, Object> document = (Map<String, Object>) map;
		Object query = document.get("query");
		boolean noText = !(query instanceof String text) || text.isBlank();
		if (noText && document.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.containsKey("persistedQuery")) {
			document.put("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
			body = json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
		}
		chain.doFilter(new CachedBodyRequest(request, body, accept), response);
	}

	/** application/json, with a charset Java knows if one is given. */
	private static boolean isJson(String contentType) {
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			type.getCharset();
			return !type.isWildcardType() && !type.isWildcardSubtype()
					&& type.isCompatibleWith(MediaType.APPLICATION_JSON);
		}
		catch (IllegalArgumentException ex) {
			// missing, malformed, or an unknown charset
			return false;
		}
	}

	/**
	 * Whether the Accept header names a type the endpoint answers in; otherwise (missing,
	 * {@code *}{@code /*}, malformed, or only types such as text/html) the answer is
	 * application/json.
	 */
	private static boolean knownAccept(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((type) -> !type.isWildcardType() && type.getQualityValue() > 0
						&& (type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json")));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
