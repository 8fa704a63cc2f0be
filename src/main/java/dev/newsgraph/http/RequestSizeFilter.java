package dev.newsgraph.http;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 and a GraphQL error, before anything
 * parses them. Bodies without a length are read up to the limit. A body that an answer
 * left unread is read and dropped afterwards, so that the connection is kept alive and
 * the client, still sending, reads the answer rather than a reset connection; past
 * {@link #DROPPED_BYTES} the connection is closed instead.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	/** Tomcat's default {@code maxSwallowSize}. */
	static final int DROPPED_BYTES = 2 * 1024 * 1024;

	private final long maxBytes;

	RequestSizeFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(request, response, declared + " bytes");
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			// within the limit, so read it all
			drop(request.getInputStream(), Long.MAX_VALUE);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(request, response, "more than " + this.maxBytes + " bytes");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
		if (!drop(request.getInputStream(), DROPPED_BYTES)) {
			response.setHeader(HttpHeaders.CONNECTION, "close");
		}
		HttpErrorBody.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), "Request body of " + size
				+ " exceeds the limit of " + this.maxBytes + " bytes (newsgraph.graphql.max-request-size)");
	}

	/** Reads and drops up to {@code limit} bytes; true if the body ended within them. */
	private static boolean drop(InputStream body, long limit) throws IOException {
		byte[] buffer = new byte[8192];
		for (long left = limit; left > 0;) {
			int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				return true;
			}
			left -= read;
		}
		return body.read() < 0;
	}

}
