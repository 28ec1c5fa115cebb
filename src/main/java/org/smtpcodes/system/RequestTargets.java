package org.smtpcodes.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the request targets that the service does not read, each with its problem:
 * <ul>
 * <li>a path that is not in normal form (400): a dot segment ({@code /./}, {@code /../},
 * also percent-encoded), a path parameter ({@code ;}) or an encoded slash or backslash.
 * No path of the service has one, and Tomcat and Spring MVC do not read such paths alike
 * (Tomcat normalizes them, Spring matches the raw path), so that
 * {@code /actuator/health/./ping} reached a handler that could not serve it;
 * <li>a query longer than {@value #MAX_QUERY} characters as sent (414). The longest
 * request line Tomcat reads is {@code server.max-http-request-header-size}; this limit is
 * the one the API documents;
 * <li>the error page's own path ({@code spring.web.error.path}) asked for directly (404):
 * it only renders the errors that Tomcat forwards to it.
 * </ul>
 */
class RequestTargets extends OncePerRequestFilter {

	/** The longest query accepted, in characters as sent (percent-encoded). */
	static final int MAX_QUERY = 4096;

	private final Problems problems;

	private final String errorPath;

	RequestTargets(Problems problems, String errorPath) {
		this.problems = problems;
		this.errorPath = errorPath;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		String query = request.getQueryString();
		if (isNormal(path) && (query == null || query.length() <= MAX_QUERY) && !path.equals(this.errorPath)) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem;
		if (path.equals(this.errorPath)) {
			problem = this.problems.forStatus(HttpStatus.NOT_FOUND, locale);
		}
		else if (!isNormal(path)) {
			problem = this.problems.forStatus(HttpStatus.BAD_REQUEST, locale);
			problem.setDetail(this.problems.text("problem.bad-request.path", locale));
		}
		else {
			problem = this.problems.forStatus(HttpStatus.URI_TOO_LONG, locale);
			problem.setDetail(this.problems.text("problem.uri-too-long.query", locale, MAX_QUERY));
			problem.setProperty("limit", MAX_QUERY);
		}
		this.problems.send(problem, request, response);
	}

	/**
	 * Whether a raw request path (as sent, not decoded) is in normal form.
	 * @param path the path
	 * @return false for a dot segment, a path parameter or an encoded slash or backslash
	 */
	static boolean isNormal(String path) {
		if (path == null || path.indexOf(';') >= 0) {
			return false;
		}
		String lower = path.toLowerCase(Locale.ROOT);
		if (lower.contains("%2f") || lower.contains("%5c")) {
			return false;
		}
		int start = 0;
		while (start <= lower.length()) {
			int slash = lower.indexOf('/', start);
			int end = (slash >= 0) ? slash : lower.length();
			String segment = lower.substring(start, end).replace("%2e", ".");
			if (segment.equals(".") || segment.equals("..")) {
				return false;
			}
			start = end + 1;
		}
		return true;
	}

}
