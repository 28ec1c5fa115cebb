package org.smtpcodes.pages;

import java.util.List;

/**
 * What every page has around its content: its language, its title and description for the
 * browser and search engines, its address in each language, and the stylesheet and script
 * of the service.
 *
 * @param labels the words of the page's language
 * @param title the page's title
 * @param description a sentence that says what the page holds
 * @param path the page's path and query without {@code lang}, or null for a page that has
 * no address of its own (the answer to a form, an error): such a page is not indexed
 * @param site where the pages are served
 * @param jsonLd what the page describes, as schema.org JSON-LD, or null
 */
public record Frame(Labels labels, String title, String description, String path, Site site, String jsonLd) {

	/** The page's address in its language, absolute when the site's address is known. */
	public String canonical() {
		return this.site.url(this.labels.href(this.path));
	}

	/** The page's address in each language, for its {@code hreflang} links. */
	public List<Alternate> alternates() {
		return this.site.languages()
			.stream()
			.map((language) -> new Alternate(language, this.site.url(Labels.withLanguage(this.path, language))))
			.toList();
	}

	/**
	 * The languages a reader can switch to, with the address of this page (or of the home
	 * page, for a page without an address) in each.
	 */
	public List<Alternate> otherLanguages() {
		String target = (this.path != null) ? this.path : "/";
		return this.site.languages()
			.stream()
			.filter((language) -> !language.equals(this.labels.language()))
			.map((language) -> new Alternate(language, Labels.withLanguage(target, language)))
			.toList();
	}

	/**
	 * A page in one language.
	 *
	 * @param language its language
	 * @param href its address
	 */
	public record Alternate(String language, String href) {
	}

}
