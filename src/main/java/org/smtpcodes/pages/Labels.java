package org.smtpcodes.pages;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The words of the pages in one language (the {@code page.*} messages), numbers and dates
 * as that language writes them, and links that stay in it.
 */
public final class Labels {

	private final MessageSource messages;

	private final Locale locale;

	private final DateTimeFormatter dates;

	Labels(MessageSource messages, String language) {
		this.messages = messages;
		this.locale = Locale.forLanguageTag(language);
		this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
	}

	/** The page's language, {@code en} or {@code ja}. */
	public String language() {
		return this.locale.getLanguage();
	}

	/** The words of a {@code page.*} message, with its arguments. */
	public String get(String key, Object... arguments) {
		return this.messages.getMessage("page." + key, arguments, this.locale);
	}

	/** A count as the language writes numbers: 1,234. */
	public String number(long number) {
		return NumberFormat.getIntegerInstance(this.locale).format(number);
	}

	/** A date as the language writes it: December 2, 2026 or 2026年12月2日. */
	public String date(LocalDate date) {
		return this.dates.format(date);
	}

	/**
	 * A link of the service in this language: the path with {@code lang=}, so that a page
	 * a reader reaches from this one is in the same language whatever their browser asks.
	 */
	public String href(String path) {
		return withLanguage(path, language());
	}

	/** The path with its query and {@code lang=} the given language. */
	static String withLanguage(String path, String language) {
		return path + ((path.indexOf('?') >= 0) ? "&" : "?") + "lang=" + language;
	}

}
