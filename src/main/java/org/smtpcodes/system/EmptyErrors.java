package org.smtpcodes.system;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives an error answer that a handler left without a body its problem detail: the
 * actuator answers an unknown health group ({@code /actuator/health/nonexistent}) with a
 * bare 404, for one. Errors that a handler throws, or that go through the error page, are
 * problems already; this catches the rest.
 */
class EmptyErrors extends OncePerRequestFilter {

	private final Problems problems;

	EmptyErrors(Problems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		BodyWatch watch = new BodyWatch(response);
		chain.doFilter(request, watch);
		if (!watch.bodyStarted && watch.getStatus() >= 400 && !response.isCommitted()
				&& !"HEAD".equals(request.getMethod())) {
			HttpStatusCode status = HttpStatusCode.valueOf(watch.getStatus());
			this.problems.send(this.problems.forStatus(status, LocaleContextHolder.getLocale()), request, response);
		}
	}

	/** Notes whether anything asked for the response's body. */
	private static final class BodyWatch extends HttpServletResponseWrapper {

		private boolean bodyStarted;

		BodyWatch(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int status) throws IOException {
			// the error page writes the body
			this.bodyStarted = true;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			this.bodyStarted = true;
			super.sendError(status, message);
		}

	}

}
