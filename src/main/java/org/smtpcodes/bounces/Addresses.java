package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Email addresses in the words of a bounce: found in a line, taken out of angle brackets
 * and quotes, and decoded from the embedded Unicode of RFC 6533.
 */
final class Addresses {

	private Addresses() {
	}

	/**
	 * The address in a value such as {@code <bob@example.org>}, {@code "bob@example.org"}
	 * or {@code Bob <bob@example.org>}.
	 */
	static String bare(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		int open = text.indexOf('<');
		int close = (open >= 0) ? text.indexOf('>', open) : -1;
		if (open >= 0 && close > open + 1 && text.substring(open + 1, close).indexOf('@') > 0) {
			text = text.substring(open + 1, close);
		}
		text = strip(text, "<>\"'()[]:;,.");
		return text.isEmpty() ? null : text;
	}

	/** The first email address in a text, or null. */
	static String first(String text) {
		List<String> all = all(text, 1);
		return all.isEmpty() ? null : all.get(0);
	}

	/** The email addresses in a text, in order, at most the given number. */
	static List<String> all(String text, int max) {
		List<String> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		int from = 0;
		while (found.size() < max) {
			int at = text.indexOf('@', from);
			if (at < 0) {
				break;
			}
			int start = at;
			while (start > 0 && isLocal(text.charAt(start - 1))) {
				start--;
			}
			int end = at + 1;
			while (end < text.length() && isDomain(text.charAt(end))) {
				end++;
			}
			String candidate = strip(text.substring(start, end), ".-");
			if (isAddress(candidate)) {
				found.add(candidate);
			}
			from = Math.max(end, at + 1);
		}
		return found;
	}

	/**
	 * Whether a text is an address: a local part, an @ and a domain with a dot (or an
	 * address literal).
	 */
	static boolean isAddress(String text) {
		if (text == null) {
			return false;
		}
		int at = text.lastIndexOf('@');
		if (at <= 0 || at == text.length() - 1) {
			return false;
		}
		String domain = text.substring(at + 1);
		return (domain.indexOf('.') > 0 && !domain.endsWith(".")) || domain.startsWith("[");
	}

	/** The address with embedded Unicode ({@code \x{E9}}, RFC 6533 section 3) decoded. */
	static String embeddedUnicode(String address) {
		if (address == null || address.indexOf("\\x{") < 0) {
			return address;
		}
		StringBuilder decoded = new StringBuilder(address.length());
		int i = 0;
		while (i < address.length()) {
			int close = address.startsWith("\\x{", i) ? address.indexOf('}', i) : -1;
			if (close > i + 3 && close - i <= 9) {
				try {
					decoded.appendCodePoint(Integer.parseInt(address.substring(i + 3, close), 16));
					i = close + 1;
					continue;
				}
				catch (IllegalArgumentException ex) {
					// not a code point: kept as written
				}
			}
			decoded.append(address.charAt(i++));
		}
		return decoded.toString();
	}

	/** The domain of an address, in lower case. */
	static String domain(String address) {
		int at = (address != null) ? address.lastIndexOf('@') : -1;
		return (at >= 0) ? address.substring(at + 1).toLowerCase(Locale.ROOT) : null;
	}

	private static boolean isLocal(char c) {
		return Character.isLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".indexOf(c) >= 0;
	}

	private static boolean isDomain(char c) {
		return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '[' || c == ']' || c == ':';
	}

	private static String strip(String text, String characters) {
		int start = 0;
		int end = text.length();
		while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return text.substring(start, end);
	}

}
