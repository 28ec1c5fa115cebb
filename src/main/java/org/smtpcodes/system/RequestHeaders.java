package org.smtpcodes.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads media-type headers that cannot be parsed as absent or as what they say, so that
 * no error answer is lost to them: an {@code Accept} header that is not a list of media
 * types counts as {@code *}{@code /*} (RFC 9110 lets a server ignore it), and a
 * {@code Content-Type} that is not one concrete media type (a wildcard, garbage) counts
 * as {@code application/octet-stream}, which the endpoints refuse with 415.
 */
class RequestHeaders extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String contentType = request.getContentType();
		boolean acceptValid = accept == null || valid(accept, true);
		boolean contentTypeValid = contentType == null || valid(contentType, false);
		if (acceptValid && contentTypeValid) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getHeader(String name) {
				if (!acceptValid && HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
					return MediaType.ALL_VALUE;
				}
				if (!contentTypeValid && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
					return MediaType.APPLICATION_OCTET_STREAM_VALUE;
				}
				return super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				if ((!acceptValid && HttpHeaders.ACCEPT.equalsIgnoreCase(name))
						|| (!contentTypeValid && HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name))) {
					return Collections.enumeration(List.of(getHeader(name)));
				}
				return super.getHeaders(name);
			}

			@Override
			public String getContentType() {
				return contentTypeValid ? super.getContentType() : MediaType.APPLICATION_OCTET_STREAM_VALUE;
			}

		}, response);
	}

	private static boolean valid(String header, boolean list) {
		if (header.length() > 1024) {
			return false;
		}
		try {
			if (list) {
				MediaType.parseMediaTypes(header);
				return true;
			}
			MediaType type = MediaType.parseMediaType(header);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (IllegalArgumentException ex) {
			// InvalidMediaTypeException among them
			return false;
		}
	}

}
