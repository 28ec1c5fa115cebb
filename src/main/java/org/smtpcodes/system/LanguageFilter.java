package org.smtpcodes.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Makes the request's language decision ({@link LanguageResolver}) the locale of
 * everything that answers it, the filters after this one included, and says on every
 * answer which language it chose ({@code Content-Language}) and that it depends on
 * {@code Accept-Language} ({@code Vary}).
 */
class LanguageFilter extends OncePerRequestFilter {

	private final LocaleResolver languages;

	LanguageFilter(LocaleResolver languages) {
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.languages.resolveLocale(request);
		LocaleContext before = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			LocaleContextHolder.setLocaleContext(before);
		}
	}

}
