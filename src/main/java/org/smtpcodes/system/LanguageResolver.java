package org.smtpcodes.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The one decision of an answer's language, made once per request: {@code ?lang=} first,
 * then {@code Accept-Language} with its q-values (as the servlet container reads it),
 * then the default language for a language the service does not hold. Read everywhere
 * through {@code LocaleContextHolder}, which {@link LanguageFilter} sets for the filters
 * and Spring MVC's {@code DispatcherServlet} for the handlers.
 */
public class LanguageResolver extends AcceptHeaderLocaleResolver {

	/** The query parameter that overrides Accept-Language. */
	public static final String PARAMETER = "lang";

	private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".locale";

	/**
	 * Creates the resolver.
	 * @param languages the languages answers are written in, e.g. {@code [en, ja]}
	 * @param defaultLanguage the language of an answer when the request asks for none of
	 * them
	 */
	public LanguageResolver(List<String> languages, String defaultLanguage) {
		setSupportedLocales(languages.stream().map(Locale::forLanguageTag).toList());
		setDefaultLocale(Locale.forLanguageTag(defaultLanguage));
	}

	/**
	 * The language of an answer when the request asks for none that the service holds.
	 */
	public String defaultLanguage() {
		return getDefaultLocale().getLanguage();
	}

	/** The languages answers are written in. */
	public List<String> languages() {
		return getSupportedLocales().stream().map(Locale::getLanguage).toList();
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale decided) {
			return decided;
		}
		Locale locale = decide(request);
		request.setAttribute(ATTRIBUTE, locale);
		return locale;
	}

	private Locale decide(HttpServletRequest request) {
		String parameter = parameter(request);
		if (parameter != null && !parameter.isBlank()) {
			Locale asked = Locale.forLanguageTag(parameter.strip().replace('_', '-'));
			return getSupportedLocales().stream()
				.filter((supported) -> supported.getLanguage().equals(asked.getLanguage()))
				.findFirst()
				.orElse(getDefaultLocale());
		}
		try {
			return super.resolveLocale(request);
		}
		catch (IllegalArgumentException ex) {
			// a header the container could not read counts as absent
			return getDefaultLocale();
		}
	}

	// the parameter as the query sends it: read from the query string, so that a request
	// body is never parsed for it
	private static String parameter(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || !query.contains(PARAMETER + "=")) {
			return null;
		}
		try {
			return request.getParameter(PARAMETER);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			return null;
		}
	}

}
