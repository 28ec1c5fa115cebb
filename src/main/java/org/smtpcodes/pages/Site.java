package org.smtpcodes.pages;

import java.util.List;

/**
 * The site the pages make: where it is served, in which languages, with which stylesheet
 * and script.
 *
 * @param address the absolute address the pages are served at (https://example.org),
 * without a slash at the end, or empty when it is not configured: links are then relative
 * @param languages the languages of the pages
 * @param stylesheet the stylesheet's path, with its content version
 * @param script the optional script's path, with its content version
 * @param icon the icon's path, with its content version
 */
public record Site(String address, List<String> languages, String stylesheet, String script, String icon) {

	/** An address of the service, absolute when the site's address is known. */
	public String url(String path) {
		return this.address + path;
	}

}
