package dev.newsgraph.http;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit with 413 and a GraphQL error, before anything
 * parses them. Bodies without a length are read up to the limit.
 */
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeFilter(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response, declared + " bytes");
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response, "more than " + this.maxBytes + " bytes");
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private void refuse(HttpServletResponse response, String size) throws IOException {
		HttpErrorBody.write(response, HttpStatus.CONTENT_TOO_LARGE.value(), "Request body of " + size
				+ " exceeds the limit of " + this.maxBytes + " bytes (newsgraph.graphql.max-request-size)");
	}

}
