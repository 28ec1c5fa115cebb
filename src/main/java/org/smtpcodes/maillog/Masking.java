package org.smtpcodes.maillog;

/**
 * Masks what differs between the same reply sent to different recipients, so that such
 * replies fall into one group, and masks local parts for {@code ?mask=addresses}. One
 * pass over the text, no regular expression.
 */
final class Masking {

	static final String ADDRESS = "{address}";

	static final String IP = "{ip}";

	static final String NUMBER = "{n}";

	static final String ID = "{id}";

	private Masking() {
	}

	/**
	 * A reply or diagnostic with its addresses, IP addresses, ids and numbers masked; the
	 * reply code, enhanced codes and words stay.
	 */
	static String reply(String text) {
		StringBuilder masked = new StringBuilder(text.length());
		int length = text.length();
		int start = 0;
		boolean first = true;
		for (int i = 0; i <= length; i++) {
			boolean escapedBreak = i + 1 < length && text.charAt(i) == '\\' && text.charAt(i + 1) == 'n';
			if (i == length || escapedBreak || isDelimiter(text.charAt(i))) {
				if (i > start) {
					token(text, start, i, first, masked);
					first = false;
				}
				if (i < length) {
					masked.append(text.charAt(i));
					if (escapedBreak) {
						masked.append('n');
						i++;
					}
				}
				start = i + 1;
			}
		}
		return masked.toString();
	}

	private static void token(String text, int start, int end, boolean first, StringBuilder masked) {
		// punctuation that ends a sentence or a field, or opens a port (":25"), is not
		// part
		// of the token
		while (start < end && ".,:;!?".indexOf(text.charAt(start)) >= 0) {
			masked.append(text.charAt(start));
			start++;
		}
		int stop = end;
		while (stop > start && ".,:;!?".indexOf(text.charAt(stop - 1)) >= 0) {
			stop--;
		}
		String token = text.substring(start, stop);
		masked.append(mask(token, first || (stop == end && beforeEnhancedCode(text, end, token))));
		masked.append(text, stop, end);
	}

	// a reply code within the text, followed by an enhanced code of its class: the last
	// line of a multi-line reply, joined to the others (Postfix: "... For 550 5.1.1 more
	// information", Exim: "...\n550 5.1.1 more information")
	private static boolean beforeEnhancedCode(String text, int end, String token) {
		if (token.length() != 3 || end >= text.length() || text.charAt(end) != ' ') {
			return false;
		}
		int next = text.indexOf(' ', end + 1);
		String word = text.substring(end + 1, (next >= 0) ? next : text.length());
		return Fields.isEnhancedCode(word) && word.charAt(0) == token.charAt(0);
	}

	private static String mask(String token, boolean first) {
		if (token.isEmpty()) {
			return token;
		}
		if (token.indexOf('@') >= 0) {
			return ADDRESS;
		}
		int digits = 0;
		int letters = 0;
		int dots = 0;
		int colons = 0;
		boolean hex = true;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
				letters++;
				hex &= (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
			}
			else if (c == '.') {
				dots++;
			}
			else if (c == ':') {
				colons++;
			}
		}
		if (digits == 0) {
			return token;
		}
		if (isCode(token, first)) {
			return token;
		}
		if ((dots == 3 && letters == 0 && colons == 0) || (colons >= 2 && hex && dots <= 3)) {
			return IP;
		}
		if (letters == 0) {
			return NUMBER;
		}
		if (token.length() >= 6 && digits >= 2) {
			return ID;
		}
		return token;
	}

	// 550, 550-5.1.1, 5.1.1: the codes stay, so that the group says them
	private static boolean isCode(String token, boolean first) {
		if (Fields.isEnhancedCode(token)) {
			return true;
		}
		if (token.length() >= 3 && Fields.isReplyCode(token, 0)) {
			if (token.length() == 3) {
				return first;
			}
			return token.charAt(3) == '-' && Fields.isEnhancedCode(token.substring(4));
		}
		return false;
	}

	private static boolean isDelimiter(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '<' || c == '>' || c == '[' || c == ']' || c == '('
				|| c == ')' || c == '{' || c == '}' || c == ',' || c == ';' || c == '"' || c == '\'' || c == '='
				|| c == '/' || c == '?' || c == '&';
	}

	/**
	 * A text with the local part of every address replaced by {@code *}:
	 * {@code <anna@example.net>} becomes {@code <*@example.net>}.
	 */
	static String addresses(String text) {
		if (text == null || text.indexOf('@') < 0) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		int tokenStart = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '@') {
				if (masked.length() > tokenStart) {
					masked.setLength(tokenStart);
					masked.append('*');
				}
				masked.append(c);
				tokenStart = masked.length();
			}
			else {
				masked.append(c);
				if (isDelimiter(c) || c == ':') {
					tokenStart = masked.length();
				}
			}
		}
		return masked.toString();
	}

}
