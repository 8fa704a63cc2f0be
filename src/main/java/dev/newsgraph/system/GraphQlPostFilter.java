package dev.newsgraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an automatic persisted query POSTed by its hash alone reach graphql-java: Spring's
 * endpoint requires a query text, so the body gets graphql-java's persisted-query marker
 * in its place, and the hash decides.
 */
class GraphQlPostFilter extends OncePerRequestFilter {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PREFERRED = "application/graphql-response+json, application/json;q=0.9";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getContentType() == null
				|| !request.getContentType().contains("json");
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		try {
			Map<String, Object> document = json.readValue(body, LinkedHashMap.class);
			Object query = document.get("query");
			boolean noText = !(query instanceof String text) || text.isBlank();
			if (noText && document.get("extensions") instanceof Map<?, ?> extensions
					&& extensions.containsKey("persistedQuery")) {
				document.put("query", PersistedQuerySupport.PERSISTED_QUERY_MARKER);
				body = json.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
			}
		}
		catch (JacksonException | ClassCastException ex) {
			// not a JSON object: the GraphQL endpoint reports that itself
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean noPreference = accept == null || accept.isBlank() || accept.strip().equals("*/*");
		chain.doFilter(new CachedBodyRequest(request, body, noPreference ? PREFERRED : null), response);
	}

}
