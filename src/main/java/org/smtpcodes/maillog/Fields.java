package org.smtpcodes.maillog;

import java.util.Locale;

/**
 * The pieces of log lines: {@code key=value} fields, addresses, domains, and the codes at
 * the start of a reply. Read by scanning, never by a regular expression.
 */
final class Fields {

	private Fields() {
	}

	/**
	 * The value of a {@code key=value} field of a line whose fields are separated by
	 * {@code ", "} (Postfix, Sendmail): from after the key up to the next {@code ", "}.
	 * @param message the line's message
	 * @param key the key with its {@code =}, e.g. {@code relay=}
	 * @param from where to look from
	 * @return the value, or null when the field is not there
	 */
	static String value(String message, String key, int from) {
		int start = find(message, key, from);
		if (start < 0) {
			return null;
		}
		start += key.length();
		int end = message.indexOf(", ", start);
		return message.substring(start, (end >= 0) ? end : message.length());
	}

	/**
	 * Where a field's key starts: at {@code from}, or after a blank.
	 */
	static int find(String message, String key, int from) {
		int at = message.indexOf(key, from);
		while (at > from && message.charAt(at - 1) != ' ') {
			at = message.indexOf(key, at + 1);
		}
		return at;
	}

	/**
	 * The value of a quoted field ({@code result="Ok"}), up to the next quote.
	 */
	static String quoted(String message, String key) {
		int start = find(message, key + "=\"", 0);
		if (start < 0) {
			return null;
		}
		start += key.length() + 2;
		int end = message.indexOf('"', start);
		return (end >= 0) ? message.substring(start, end) : message.substring(start);
	}

	/** An address without its angle brackets. */
	static String address(String value) {
		if (value == null) {
			return null;
		}
		String address = value.strip();
		if (address.startsWith("<") && address.endsWith(">")) {
			address = address.substring(1, address.length() - 1);
		}
		return address;
	}

	/** The domain of an address, in lower case, or null when it has none. */
	static String domain(String address) {
		if (address == null) {
			return null;
		}
		int at = address.lastIndexOf('@');
		if (at < 0 || at == address.length() - 1) {
			return null;
		}
		return address.substring(at + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A host name of the forms logs write: {@code mx.example.net[192.0.2.1]:25},
	 * {@code mx.example.net. [192.0.2.1]}, {@code 192.0.2.1 (mx.example.net)}.
	 * @return the name, without the address, port and trailing dot, or null for
	 * {@code none} and an empty value
	 */
	static String host(String value) {
		if (value == null) {
			return null;
		}
		String host = value.strip();
		int paren = host.indexOf(" (");
		if (paren >= 0 && host.endsWith(")")) {
			host = host.substring(paren + 2, host.length() - 1);
		}
		int bracket = host.indexOf('[');
		if (bracket == 0) {
			int close = host.indexOf(']');
			host = (close > 0) ? host.substring(1, close) : host.substring(1);
		}
		else if (bracket > 0) {
			host = host.substring(0, bracket).strip();
		}
		if (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return (host.isEmpty() || host.equals("none")) ? null : host.toLowerCase(Locale.ROOT);
	}

	/**
	 * The codes at the start of a reply: {@code 550 5.1.1 ...} or {@code 550-5.1.1 ...}.
	 * @param reply the reply
	 * @return the reply code and the enhanced code, each null when absent
	 */
	static String[] codes(String reply) {
		String[] codes = new String[2];
		if (reply == null || reply.length() < 3 || !isReplyCode(reply, 0)) {
			return codes;
		}
		if (reply.length() > 3 && reply.charAt(3) != ' ' && reply.charAt(3) != '-') {
			return codes;
		}
		codes[0] = reply.substring(0, 3);
		// a reply of the three digits alone has no enhanced code
		int start = Math.min(4, reply.length());
		while (start < reply.length() && reply.charAt(start) == ' ') {
			start++;
		}
		int end = start;
		while (end < reply.length() && reply.charAt(end) != ' ') {
			end++;
		}
		String token = reply.substring(start, end);
		if (isEnhancedCode(token)) {
			codes[1] = token;
		}
		return codes;
	}

	/** Whether a reply code (2xx to 5xx) starts there. */
	static boolean isReplyCode(String text, int at) {
		return text.length() >= at + 3 && text.charAt(at) >= '2' && text.charAt(at) <= '5' && text.charAt(at + 1) >= '0'
				&& text.charAt(at + 1) <= '5' && text.charAt(at + 2) >= '0' && text.charAt(at + 2) <= '9';
	}

	// 2.0.0, 5.1.10, 4.7.999: a class (2, 4, 5), a subject of 1 to 3 digits and a detail
	// of 1 to 3 (RFC 3463)
	static boolean isEnhancedCode(String token) {
		int first = token.indexOf('.');
		int second = token.indexOf('.', first + 1);
		if (first != 1 || second < 0 || "245".indexOf(token.charAt(0)) < 0) {
			return false;
		}
		return allDigits(token, 2, second) && second - 2 <= 3 && allDigits(token, second + 1, token.length())
				&& token.length() - second - 1 <= 3;
	}

	private static boolean allDigits(String text, int from, int to) {
		if (from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
