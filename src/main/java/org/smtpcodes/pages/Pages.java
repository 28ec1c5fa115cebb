package org.smtpcodes.pages;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.system.Answer;
import org.smtpcodes.system.Answers;
import org.smtpcodes.system.LanguageResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Renders the pages: a jte template (src/main/jte, compiled with the application) with
 * its page model, into the UTF-8 bytes of an {@link Answer}, and writes them with the
 * headers every page has. Templates escape what they print; a page is never built by
 * concatenating strings.
 */
@Component
class Pages {

	/** The header of the policy. */
	static final String CSP = "Content-Security-Policy";

	/**
	 * What a page may load and do: its own stylesheet, script and forms, nothing inline
	 * and nothing from elsewhere.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
			+ "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

	private final TemplateEngine templates;

	private final MessageSource messages;

	private final ResourceUrlProvider resources;

	private final LanguageResolver languages;

	private final PagesProperties properties;

	private final JsonMapper json;

	private final Answers answers;

	private final Map<String, Labels> labels = new ConcurrentHashMap<>();

	private volatile Site site;

	Pages(TemplateEngine templates, MessageSource messages, ResourceUrlProvider mvcResourceUrlProvider,
			LanguageResolver languages, PagesProperties properties, JsonMapper json, Answers answers) {
		this.templates = templates;
		this.messages = messages;
		this.resources = mvcResourceUrlProvider;
		this.languages = languages;
		this.properties = properties;
		this.json = json;
		this.answers = answers;
	}

	/** The words of the pages in a language. */
	Labels labels(String language) {
		return this.labels.computeIfAbsent(language, (key) -> new Labels(this.messages, key));
	}

	/**
	 * The frame of a page.
	 * @param language the page's language
	 * @param title its title
	 * @param description what it holds, in a sentence
	 * @param path its path and query without {@code lang}, or null for a page without an
	 * address of its own
	 * @param jsonLd what it describes, for search engines, or null
	 */
	Frame frame(String language, String title, String description, String path, Object jsonLd) {
		return new Frame(labels(language), title, description, path, site(), (jsonLd != null) ? jsonLd(jsonLd) : null);
	}

	/** An address of the service, absolute when the site's address is configured. */
	String url(String path) {
		return site().url(path);
	}

	/** A page rendered from its template and its parameters. */
	byte[] render(String template, Map<String, Object> parameters) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.templates.render(template, parameters, output);
		return output.toByteArray();
	}

	/**
	 * Answers a GET request with a page, as {@link Answers} answers one with JSON (its
	 * ETag, 304, gzip, cache policy), with the pages' Content-Security-Policy.
	 */
	void write(Answer page, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		response.setHeader(CSP, CONTENT_SECURITY_POLICY);
		this.answers.write(page, request, response);
	}

	/**
	 * Answers a form with a page that no cache keeps: it shows what the reader pasted.
	 */
	void writePrivate(byte[] page, HttpServletResponse response) throws IOException {
		response.setHeader(CSP, CONTENT_SECURITY_POLICY);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(Answer.HTML.toString());
		response.setContentLength(page.length);
		response.getOutputStream().write(page);
	}

	private Site site() {
		Site site = this.site;
		if (site == null) {
			site = new Site(this.properties.siteAddress(), this.languages.languages(), asset("/pages/style.css"),
					asset("/pages/copy.js"), asset("/pages/icon.svg"));
			this.site = site;
		}
		return site;
	}

	private String asset(String path) {
		String versioned = this.resources.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	// JSON in a script element: "<" written as its escape, so that no "</script>" in a
	// text can end the element (JSON has "<" only inside strings)
	private String jsonLd(Object value) {
		return this.json.writeValueAsString(value).replace("<", "\\u003c");
	}

}
