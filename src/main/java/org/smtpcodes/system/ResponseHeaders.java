package org.smtpcodes.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every answer: {@code X-Content-Type-Options: nosniff}; {@code Cache-Control: public, max-age}
 * on successful GET answers (the data changes only with a new release), {@code no-store} on errors, so
 * that a cache never keeps a problem. It runs inside the ETag filter, whose buffer keeps the answer
 * uncommitted until the headers are set.
 */
class ResponseHeaders extends OncePerRequestFilter {

	private final String cacheControl;

	ResponseHeaders(HttpProperties properties) {
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		chain.doFilter(request, response);
		if (response.getStatus() >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		else if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
	}

}
