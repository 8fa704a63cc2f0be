package dev.newsgraph.http;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error page, for what it refuses before the application sees the request (a
 * request line or header over its size limit, a malformed request), in the shape of a
 * GraphQL error instead of HTML.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		String message = (status != null) ? JsonErrorController.message(status) : code + " error";
		try {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(HttpErrorBody
					.text(HttpErrorBody.of(message, (code >= 500) ? "INTERNAL_ERROR" : "BAD_REQUEST", Map.of())));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone: nothing more to tell
		}
	}

}
