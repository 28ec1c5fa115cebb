package org.smtpcodes.bounces;

import java.util.Locale;

/**
 * The words of a bounce's text for people about one recipient: the paragraphs that name
 * the address.
 */
final class Paragraphs {

	// a diagnostic is a sentence or two, not the whole notice
	private static final int MAX = 600;

	private Paragraphs() {
	}

	/**
	 * The paragraphs of a text that name an address, as one line.
	 * @param text the text
	 * @param recipient the address
	 * @return the words, or null when no paragraph names the address
	 */
	static String about(String text, String recipient) {
		if (text == null || recipient == null || text.isBlank()) {
			return null;
		}
		String address = recipient.toLowerCase(Locale.ROOT);
		StringBuilder words = new StringBuilder();
		int start = 0;
		while (start < text.length() && words.length() < MAX) {
			int end = text.indexOf("\n\n", start);
			end = (end < 0) ? text.length() : end;
			String paragraph = text.substring(start, end);
			if (paragraph.toLowerCase(Locale.ROOT).contains(address)) {
				append(words, paragraph);
			}
			start = end + 2;
		}
		return words.isEmpty() ? null : words.toString();
	}

	private static void append(StringBuilder words, String paragraph) {
		for (String line : paragraph.split("\n")) {
			String stripped = line.strip();
			if (!stripped.isEmpty() && words.length() < MAX) {
				words.append(words.isEmpty() ? "" : " ").append(stripped);
			}
		}
		if (words.length() > MAX) {
			words.setLength(MAX);
		}
	}

}
