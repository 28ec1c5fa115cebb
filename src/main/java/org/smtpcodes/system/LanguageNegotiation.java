package org.smtpcodes.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.codes.Catalogue;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chooses the language of every answer: {@code ?lang=} first, then {@code Accept-Language} with its
 * q-values, then the catalogue's default (English) for a language the catalogue does not hold. Every
 * answer says which it chose ({@code Content-Language}) and that it depends on {@code Accept-Language}
 * ({@code Vary}). The header is read by hand, in one pass.
 */
public class LanguageNegotiation extends OncePerRequestFilter implements LocaleResolver {

	/** The query parameter that overrides Accept-Language. */
	public static final String PARAMETER = "lang";

	private static final String ATTRIBUTE = LanguageNegotiation.class.getName() + ".language";

	private final List<String> languages;

	private final String defaultLanguage;

	LanguageNegotiation(Catalogue catalogue) {
		this.languages = catalogue.languages();
		this.defaultLanguage = catalogue.defaultLanguage();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String language = negotiate(request.getParameter(PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		request.setAttribute(ATTRIBUTE, language);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language);
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		chain.doFilter(request, response);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Object language = request.getAttribute(ATTRIBUTE);
		if (language == null) {
			language = negotiate(request.getParameter(PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		}
		return Locale.forLanguageTag((String) language);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen per request, by ?lang= or Accept-Language");
	}

	/**
	 * The language of an answer.
	 * @param parameter the {@code lang} parameter, or null
	 * @param acceptLanguage the Accept-Language header, or null
	 * @return one of the catalogue's languages
	 */
	String negotiate(String parameter, String acceptLanguage) {
		if (parameter != null && !parameter.isBlank()) {
			String asked = primary(parameter.strip());
			return this.languages.contains(asked) ? asked : this.defaultLanguage;
		}
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return this.defaultLanguage;
		}
		String best = null;
		double bestQuality = 0;
		for (String range : acceptLanguage.split(",", 50)) {
			int semicolon = range.indexOf(';');
			String tag = ((semicolon >= 0) ? range.substring(0, semicolon) : range).strip();
			double quality = (semicolon >= 0) ? quality(range.substring(semicolon + 1)) : 1.0;
			String language = tag.equals("*") ? this.defaultLanguage : primary(tag);
			if (quality > bestQuality && this.languages.contains(language)) {
				best = language;
				bestQuality = quality;
			}
		}
		return (best != null) ? best : this.defaultLanguage;
	}

	// "q=0.8" in any case and spacing; anything malformed counts as 0, as RFC 9110 section 12.4.2 allows
	private static double quality(String parameters) {
		for (String parameter : parameters.split(";", 10)) {
			String trimmed = parameter.strip();
			if (trimmed.length() > 2 && (trimmed.charAt(0) == 'q' || trimmed.charAt(0) == 'Q') && trimmed.charAt(1) == '=') {
				String value = trimmed.substring(2).strip();
				if (value.length() <= 5 && !value.isEmpty() && value.chars().allMatch((c) -> c == '.' || (c >= '0' && c <= '9'))) {
					try {
						double quality = Double.parseDouble(value);
						return (quality >= 0 && quality <= 1) ? quality : 0;
					}
					catch (NumberFormatException ex) {
						return 0;
					}
				}
				return 0;
			}
		}
		return 1.0;
	}

	private static String primary(String tag) {
		int dash = tag.indexOf('-');
		int underscore = tag.indexOf('_');
		int end = tag.length();
		if (dash >= 0) {
			end = dash;
		}
		if (underscore >= 0 && underscore < end) {
			end = underscore;
		}
		return tag.substring(0, Math.min(end, 8)).toLowerCase(Locale.ROOT);
	}

}
