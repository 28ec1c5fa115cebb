package org.smtpcodes.compare;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The sentences a comparison is built from, in one language: each is a whole sentence
 * pattern of that language, so that no language is forced into another's word order.
 */
final class Phrases {

	private final MessageSource messages;

	private final Locale locale;

	Phrases(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String say(String key, Object... arguments) {
		return this.messages.getMessage("compare." + key, arguments, this.locale);
	}

	/** "A, B or C" in this language. */
	String list(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		String separator = say("list.separator");
		return String.join(separator, items.subList(0, items.size() - 1)) + say("list.last")
				+ items.get(items.size() - 1);
	}

}
