package dev.newsgraph.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/**
 * A GraphQL-shaped error body for answers given before or outside GraphQL execution (a
 * body too large, malformed JSON, an unsupported media type): clients read
 * {@code errors[0].message} and {@code extensions.classification} whatever went wrong.
 */
final class HttpErrorBody {

	private static final JsonMapper json = JsonMapper.builder().build();

	private HttpErrorBody() {
	}

	static Map<String, Object> of(String message, String classification, Map<String, Object> extensions) {
		Map<String, Object> allExtensions = new LinkedHashMap<>();
		allExtensions.put("classification", classification);
		allExtensions.putAll(extensions);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", allExtensions);
		return Map.of("errors", List.of(error));
	}

	static void write(HttpServletResponse response, int status, String message) throws IOException {
		write(response, status, of(message, "BAD_REQUEST", Map.of()));
	}

	/**
	 * Writes the body as it is, whatever the request accepts: a client that asked for
	 * HTML still gets the error, in JSON.
	 */
	static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}

	/**
	 * The body as JSON text, for writers outside the servlet API (Jetty's error handler).
	 */
	static String text(Map<String, Object> body) {
		return json.writeValueAsString(body);
	}

}
