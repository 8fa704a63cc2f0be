package dev.newsgraph.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A request whose body has been read into memory, readable again downstream.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {

	private final byte[] body;

	private final String accept;

	CachedBodyRequest(HttpServletRequest request, byte[] body) {
		this(request, body, null);
	}

	/**
	 * @param accept an Accept header to present instead of the request's, or {@code null}
	 */
	CachedBodyRequest(HttpServletRequest request, byte[] body, String accept) {
		super(request);
		this.body = body;
		this.accept = accept;
	}

	@Override
	public String getHeader(String name) {
		return (this.accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) ? this.accept : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return (this.accept != null && HttpHeaders.ACCEPT.equalsIgnoreCase(name))
				? Collections.enumeration(List.of(this.accept)) : super.getHeaders(name);
	}

	@Override
	public ServletInputStream getInputStream() {
		InputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {
			@Override
			public int read() throws IOException {
				return in.read();
			}

			@Override
			public boolean isFinished() {
				return false;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

}
