package org.smtpcodes.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer: {@code X-Content-Type-Options: nosniff}, and
 * {@code Cache-Control: no-store} on errors, so that no cache keeps a problem. The status
 * is caught as it is set, before any body is written. (Successful API answers get their
 * cache policy where they are written: {@link Answers}.) A CORS preflight answers with
 * its {@code Access-Control-Allow-*} headers only: the servlet's default {@code Allow}
 * header, which lists every method a servlet can have (PUT, DELETE, PATCH ...), is
 * dropped.
 */
class ResponseHeaders extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		chain.doFilter(request, new NoStoreOnError(response, CorsUtils.isPreFlightRequest(request)));
	}

	private static final class NoStoreOnError extends HttpServletResponseWrapper {

		private final boolean preflight;

		NoStoreOnError(HttpServletResponse response, boolean preflight) {
			super(response);
			this.preflight = preflight;
		}

		@Override
		public void setHeader(String name, String value) {
			if (!(this.preflight && HttpHeaders.ALLOW.equalsIgnoreCase(name))) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void setStatus(int status) {
			noStore(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			noStore(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			noStore(status);
			super.sendError(status, message);
		}

		private void noStore(int status) {
			if (status >= 400) {
				setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			}
		}

	}

}
