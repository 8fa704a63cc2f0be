package dev.newsgraph.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import org.springframework.http.HttpStatus;

/**
 * Jetty's own error answers, for what it refuses before the application sees the request
 * (a request line or header over its size limit, a malformed request), in the shape of a
 * GraphQL error instead of HTML.
 */
class JsonErrorHandler extends ErrorHandler {

	/**
	 * An error Jetty answers itself (a URI or header over the limit): Jetty ends the
	 * connection after it, so the answer says so, and no client sends another request on
	 * it.
	 */
	@Override
	protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
			Callback callback) {
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
		response.getHeaders().put(HttpHeader.CONNECTION, "close");
		response.write(true, body(code), callback);
	}

	/** A request Jetty could not parse: the same. */
	@Override
	public ByteBuffer badMessageError(int code, String reason, HttpFields.Mutable fields) {
		fields.put(HttpHeader.CONTENT_TYPE, "application/json");
		fields.put(HttpHeader.CONNECTION, "close");
		return body(code);
	}

	private static ByteBuffer body(int code) {
		HttpStatus status = HttpStatus.resolve(code);
		String message = (status != null) ? JsonErrorController.message(status) : code + " error";
		return ByteBuffer.wrap(HttpErrorBody
			.text(HttpErrorBody.of(message, (code >= 500) ? "INTERNAL_ERROR" : "BAD_REQUEST", Map.of()))
			.getBytes(StandardCharsets.UTF_8));
	}

}
