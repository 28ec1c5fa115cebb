package org.smtpcodes.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves answers that are already serialized the way a static file server serves files: the bytes and
 * their ETag written without going through Spring MVC, with the same headers, 304 on a matching
 * If-None-Match, and the request still measured under its route. A request it cannot answer from what is
 * already serialized (anything unusual: another method, an {@code Accept} other than none, {@code *}{@code /*}
 * or {@code application/json}, a cross-origin request that the settings do not answer with {@code *}, an
 * answer not serialized yet) goes on to the controller.
 */
public abstract class AnswerShortcut extends OncePerRequestFilter {

	private final LocaleResolver languages;

	private final String cacheControl;

	private final boolean anyOrigin;

	private final String route;

	protected AnswerShortcut(LocaleResolver languages, HttpProperties properties, String route) {
		this.languages = languages;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
		this.anyOrigin = properties.corsAllowedOrigins().contains("*");
		this.route = route;
	}

	/**
	 * Registers a shortcut after language negotiation and the header filters, before Spring MVC.
	 * @param shortcut the shortcut
	 * @param <T> its type
	 * @return its registration
	 */
	public static <T extends AnswerShortcut> FilterRegistrationBean<T> registration(T shortcut) {
		FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(shortcut);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

	/** Whether the request's path is one this shortcut may answer. */
	protected abstract boolean serves(HttpServletRequest request);

	/** The serialized answer to the request in the given language, or null to leave it to the controller. */
	protected abstract JsonAnswer find(HttpServletRequest request, String language);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return !("GET".equals(method) || "HEAD".equals(method)) || !serves(request)
				|| (!this.anyOrigin && request.getHeader(HttpHeaders.ORIGIN) != null)
				|| (accept != null && !accept.equals("*/*") && !accept.equals("application/json"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		JsonAnswer answer = find(request, this.languages.resolveLocale(request).getLanguage());
		if (answer == null) {
			chain.doFilter(request, response);
			return;
		}
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(this.route));
		if (request.getHeader(HttpHeaders.ORIGIN) != null) {
			response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		if (new ServletWebRequest(request, response).checkNotModified(answer.etag())) {
			return;
		}
		response.setHeader(HttpHeaders.ETAG, answer.etag());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(answer.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(answer.body());
		}
	}

}
