package org.smtpcodes.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies as the endpoints read them: decoded when they come gzip-encoded
 * ({@code Content-Encoding:
 * gzip}, RFC 9110 section 8.4), refused with 415 and {@code Accept-Encoding: gzip} when
 * they come in any other content coding (RFC 7694), and refused with 413 once they are
 * over the limit of their path ({@value #MAX_BODY} bytes, or a {@link BodyLimit} of the
 * feature): at once when the declared length is larger, and as soon as a body grows past
 * the limit while it is read. The limit counts the bytes after decoding, so that a small
 * compressed body cannot unfold into a large one.
 */
class RequestBodies extends OncePerRequestFilter {

	/**
	 * The largest request body accepted where no {@link BodyLimit} says otherwise, in
	 * bytes after decoding.
	 */
	static final int MAX_BODY = 16 * 1024;

	private final Problems problems;

	private final Map<String, Long> limits;

	RequestBodies(Problems problems, List<BodyLimit> limits) {
		this.problems = problems;
		this.limits = limits.stream().collect(Collectors.toUnmodifiableMap(BodyLimit::path, BodyLimit::maxBytes));
	}

	// requests without a body need no counting
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
		boolean gzip = encoding != null
				&& (encoding.strip().equalsIgnoreCase("gzip") || encoding.strip().equalsIgnoreCase("x-gzip"));
		if (encoding != null && !gzip && !encoding.strip().equalsIgnoreCase("identity")) {
			Locale locale = LocaleContextHolder.getLocale();
			ProblemDetail problem = this.problems.forStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE, locale);
			problem.setDetail(this.problems.text("problem.unsupported-media-type.encoding", locale,
					ProblemException.echo(encoding)));
			response.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
			this.problems.send(problem, request, response);
			return;
		}
		long limit = this.limits.getOrDefault(request.getRequestURI(), (long) MAX_BODY);
		if (request.getContentLengthLong() > limit) {
			ProblemDetail problem = this.problems.of(new ContentTooLarge(limit), LocaleContextHolder.getLocale());
			response.setHeader(HttpHeaders.CONNECTION, "close");
			this.problems.send(problem, request, response);
			return;
		}
		chain.doFilter(new Limited(request, gzip, limit), response);
	}

	/**
	 * A request whose body is decoded if it is gzip-encoded, and fails once it has given
	 * more than the limit.
	 */
	private static final class Limited extends HttpServletRequestWrapper {

		private final boolean gzip;

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, boolean gzip, long limit) {
			super(request);
			this.gzip = gzip;
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream raw = super.getInputStream();
				InputStream in = this.gzip ? new GZIPInputStream(raw, 8192) : raw;
				long limit = this.limit;
				this.stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++this.read > limit) {
							throw new ContentTooLarge(limit);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (this.read += n) > limit) {
							throw new ContentTooLarge(limit);
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return raw.isFinished();
					}

					@Override
					public boolean isReady() {
						return raw.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						raw.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

		// once decoded, the body has neither the coding nor the length the client
		// declared
		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public int getContentLength() {
			return this.gzip ? -1 : super.getContentLength();
		}

		@Override
		public long getContentLengthLong() {
			return this.gzip ? -1 : super.getContentLengthLong();
		}

		private boolean hidden(String name) {
			return this.gzip && (HttpHeaders.CONTENT_ENCODING.equalsIgnoreCase(name)
					|| HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name));
		}

	}

}
