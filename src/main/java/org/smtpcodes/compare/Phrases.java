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
		return tidy(this.messages.getMessage("compare." + key, arguments, this.locale));
	}

	/**
	 * Sentences one after the other: a space after an English full stop, none after a
	 * Japanese one.
	 */
	static String sentences(String first, String second) {
		return first.endsWith("。") ? first + second : first + " " + second;
	}

	/**
	 * A sentence without the spaces that filling a pattern leaves between two Japanese
	 * characters (a pattern spaces its arguments for the codes and Latin words they
	 * usually are): Japanese sets no space between its own characters.
	 */
	static String tidy(String sentence) {
		if (sentence.indexOf(' ') < 0) {
			return sentence;
		}
		StringBuilder tidy = new StringBuilder(sentence.length());
		for (int i = 0; i < sentence.length(); i++) {
			char c = sentence.charAt(i);
			if (c == ' ' && !tidy.isEmpty() && japanese(tidy.charAt(tidy.length() - 1)) && i + 1 < sentence.length()
					&& japanese(sentence.charAt(i + 1))) {
				continue;
			}
			tidy.append(c);
		}
		return tidy.toString();
	}

	/** A character of Japanese text: kana, kanji, or full-width punctuation. */
	static boolean japanese(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
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
