package dev.newsgraph.http;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Every error the servlet container or Spring MVC answers outside GraphQL execution (an
 * unsupported media type, a wrong method, an unknown path, an unexpected failure) in the
 * shape of a GraphQL error, instead of Spring Boot's default error page. A server failure
 * is masked: the answer carries a reference that the log carries next to the stack trace.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class JsonErrorController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(JsonErrorController.class);

	private final ErrorAttributes errorAttributes;

	JsonErrorController(ErrorAttributes errorAttributes) {
		this.errorAttributes = errorAttributes;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (status.is5xxServerError()) {
			String reference = UUID.randomUUID().toString();
			logger.error("Internal error {} on {} {}", reference, request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
					this.errorAttributes.getError(new ServletWebRequest(request)));
			HttpErrorBody.write(response, status.value(), HttpErrorBody.of("Internal error; reference " + reference,
					"INTERNAL_ERROR", Map.of("errorId", reference)));
			return;
		}
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			HttpErrorBody.write(response, status.value(),
					HttpErrorBody.of(
							"Too many requests: this client's cost budget (newsgraph.graphql.budget) is spent; "
									+ "retry after " + response.getHeader(HttpHeaders.RETRY_AFTER) + " s",
							"RATE_LIMITED", Map.of()));
			return;
		}
		HttpErrorBody.write(response, status.value(), HttpErrorBody.of(message(status),
				(status == HttpStatus.NOT_FOUND) ? "NOT_FOUND" : "BAD_REQUEST", Map.of()));
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** What the client can do about it; never the exception's own words. */
	static String message(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST ->
				"Malformed request: send a JSON object with a \"query\" string, or GET with a query parameter";
			case NOT_FOUND -> "Not found: the GraphQL endpoint is /graphql";
			case METHOD_NOT_ALLOWED -> "Method not allowed: /graphql answers GET and POST";
			case NOT_ACCEPTABLE ->
				"Not acceptable: /graphql answers application/json or application/graphql-response+json";
			case UNSUPPORTED_MEDIA_TYPE ->
				"Unsupported media type: POST a JSON body with Content-Type application/json";
			case CONTENT_TOO_LARGE -> "The request is too large";
			default -> status.value() + " " + status.getReasonPhrase();
		};
	}

}
