package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Small readings of the text that MTAs write for people in their bounces: the part before
 * the copy of the returned message, words folded over several lines made one line, a
 * reply code at the start of a reply, the text between two markers. All by
 * {@code indexOf} and character loops: linear in the text.
 */
final class BounceText {

	private BounceText() {
	}

	/**
	 * The text before the first line that starts with one of the separators: a non-MIME
	 * bounce holds the copy of the returned message after the MTA's own separator line,
	 * and nothing there is the MTA's report.
	 */
	static String before(String text, List<String> separators) {
		int end = text.length();
		for (String separator : separators) {
			int at = text.startsWith(separator) ? 0 : text.indexOf("\n" + separator);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return text.substring(0, end);
	}

	/**
	 * The text with every run of white space (line ends too) made one space, stripped.
	 */
	static String sweep(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder swept = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				space = !swept.isEmpty();
				continue;
			}
			if (space) {
				swept.append(' ');
				space = false;
			}
			swept.append(c);
		}
		return swept.toString();
	}

	/** Whether a text contains one of the phrases, ignoring case. */
	static boolean containsAny(String text, List<String> phrases) {
		String lowerCase = text.toLowerCase(Locale.ROOT);
		for (String phrase : phrases) {
			if (lowerCase.contains(phrase.toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The number of spaces a line starts with (a tab counts as many as it takes to reach
	 * 8).
	 */
	static int indent(String line) {
		int width = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == ' ') {
				width++;
			}
			else if (c == '\t') {
				width = (width / 8 + 1) * 8;
			}
			else {
				return width;
			}
		}
		return width;
	}

	/**
	 * The SMTP reply code a reply starts with ({@code 550 ...}, {@code 550-...}), or
	 * null.
	 */
	static String leadingReplyCode(String reply) {
		if (reply == null || reply.length() < 3) {
			return null;
		}
		String code = reply.substring(0, 3);
		if (!Codes.isReply(code)) {
			return null;
		}
		return (reply.length() == 3 || " -".indexOf(reply.charAt(3)) >= 0) ? code : null;
	}

	/**
	 * The first failure reply code (4xx, 5xx) among the first words of a reply: a
	 * greeting refused after its first line reads "220-name 421 4.2.1 Service refused",
	 * the code that counts coming after the 220.
	 */
	static String failureCode(String reply) {
		int start = 0;
		for (int word = 0; word < 4 && start < reply.length(); word++) {
			int end = start;
			while (end < reply.length() && reply.charAt(end) != ' ') {
				end++;
			}
			String code = leadingReplyCode(reply.substring(start, end));
			if (code != null && (code.charAt(0) == '4' || code.charAt(0) == '5')) {
				return code;
			}
			start = end + 1;
		}
		return null;
	}

	/**
	 * The enhanced status code that software writes in parentheses after a hash, as qmail
	 * does ({@code (#5.1.1)}), or null.
	 */
	static String hashStatus(String text) {
		int from = 0;
		int at;
		while ((at = text.indexOf("(#", from)) >= 0) {
			int close = text.indexOf(')', at);
			if (close < 0) {
				return null;
			}
			String code = text.substring(at + 2, close).strip();
			if (Codes.isEnhanced(code)) {
				return code;
			}
			from = at + 2;
		}
		return null;
	}

	/**
	 * The text between the first {@code open} and the next {@code close} after it, or
	 * null.
	 */
	static String between(String text, String open, String close) {
		int start = text.indexOf(open);
		if (start < 0) {
			return null;
		}
		start += open.length();
		int end = text.indexOf(close, start);
		return (end < 0) ? null : text.substring(start, end);
	}

	/**
	 * The host name of a host as MTAs write it: {@code mx.example.org[192.0.2.1]},
	 * {@code mx.example.org [192.0.2.1]}, {@code mx.example.org.}; the address when no
	 * name is given.
	 */
	static String host(String text) {
		if (text == null) {
			return null;
		}
		String host = text.strip();
		int bracket = host.indexOf('[');
		if (bracket > 0) {
			host = host.substring(0, bracket).strip();
		}
		else if (bracket == 0) {
			int close = host.indexOf(']');
			host = (close > 0) ? host.substring(1, close) : host.substring(1);
		}
		int space = host.indexOf(' ');
		if (space > 0) {
			host = host.substring(0, space);
		}
		while (host.endsWith(".") || host.endsWith(":") || host.endsWith(",")) {
			host = host.substring(0, host.length() - 1);
		}
		return host.isEmpty() ? null : host;
	}

	/**
	 * The TEXT parts of a message, each on its own (a text/plain and its text/html copy
	 * are not joined).
	 */
	static List<String> textParts(BounceMessage message) {
		List<String> texts = new ArrayList<>();
		for (BounceMessage.Part part : message.parts()) {
			if (part.kind() == BounceMessage.Part.Kind.TEXT) {
				texts.add(part.text());
			}
		}
		return texts;
	}

	/**
	 * The first TEXT part that has a line starting with one of the given words, or null.
	 */
	static String partWithLine(BounceMessage message, String... starts) {
		for (String text : textParts(message)) {
			if (lineStartingWith(text, starts) >= 0) {
				return text;
			}
		}
		return null;
	}

	/**
	 * Where the first line that starts (after blanks) with one of the given words begins,
	 * or -1.
	 */
	static int lineStartingWith(String text, String... starts) {
		int best = -1;
		for (String start : starts) {
			int from = 0;
			int at;
			while ((at = text.indexOf(start, from)) >= 0) {
				int lineStart = at;
				while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
					lineStart--;
				}
				if (lineStart == 0 || text.charAt(lineStart - 1) == '\n') {
					if (best < 0 || lineStart < best) {
						best = lineStart;
					}
					break;
				}
				from = at + 1;
			}
		}
		return best;
	}

	/**
	 * The text before the first line that starts, after blanks, with one of the
	 * separators (the whole text when none does).
	 */
	static String beforeLine(String text, String... separators) {
		int at = lineStartingWith(text, separators);
		return (at >= 0) ? text.substring(0, at) : text;
	}

	/** The lines of a text. */
	static List<String> lines(String text) {
		return List.of(text.split("\n", -1));
	}

	/** Lines as one line: each stripped, blank ones left out, joined by a space. */
	static String joined(List<String> lines) {
		StringBuilder joined = new StringBuilder();
		for (String line : lines) {
			String stripped = line.strip();
			if (!stripped.isEmpty()) {
				if (!joined.isEmpty()) {
					joined.append(' ');
				}
				joined.append(stripped);
			}
		}
		return joined.toString();
	}

	/**
	 * The text after the first occurrence of a phrase (compared ignoring case), stripped;
	 * null when absent.
	 */
	static String after(String text, String phrase) {
		if (text == null) {
			return null;
		}
		int at = text.toLowerCase(Locale.ROOT).indexOf(phrase.toLowerCase(Locale.ROOT));
		return (at >= 0) ? text.substring(at + phrase.length()).strip() : null;
	}

	/** Whether a text contains a phrase, ignoring case. */
	static boolean contains(String text, String phrase) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(phrase.toLowerCase(Locale.ROOT));
	}

	/**
	 * The addresses of a header field that lists them
	 * ({@code X-Failed-Recipients: a@x, b@y}).
	 */
	static List<String> addresses(BounceMessage.Headers headers, String name) {
		List<String> addresses = new ArrayList<>();
		for (String value : headers.all(name)) {
			for (String address : Addresses.all(value, 100)) {
				if (!addresses.contains(address)) {
					addresses.add(address);
				}
			}
		}
		return addresses;
	}

	/**
	 * The SMTP command named in "after RCPT command", "for TEXT command", "after end of
	 * data" and the like, the way Exim-derived and other software words it, or null. TEXT
	 * (the message body) is DATA.
	 */
	static String commandNamed(String text) {
		if (text == null) {
			return null;
		}
		String lowerCase = text.toLowerCase(Locale.ROOT);
		int at = lowerCase.indexOf(" command");
		while (at > 0) {
			int start = lowerCase.lastIndexOf(' ', at - 1) + 1;
			String word = lowerCase.substring(start, at);
			boolean envelope = word.equals("to") || word.startsWith("to:") || word.equals("from")
					|| word.startsWith("from:");
			if (envelope && start > 1) {
				// "RCPT TO command", "MAIL FROM:<bob@example.org> command": the command
				// is the word before
				int before = lowerCase.lastIndexOf(' ', start - 2) + 1;
				word = lowerCase.substring(before, start - 1);
			}
			String command = switch (word) {
				case "rcpt" -> "RCPT";
				case "mail" -> "MAIL";
				case "data", "text" -> "DATA";
				case "ehlo" -> "EHLO";
				case "helo" -> "HELO";
				case "starttls" -> "STARTTLS";
				default -> null;
			};
			if (command != null) {
				return command;
			}
			at = lowerCase.indexOf(" command", at + 1);
		}
		if (lowerCase.contains("end of data")) {
			return "DATA";
		}
		return null;
	}

	/**
	 * A reply whose code the reporting software wrote twice ("550 550 5.1.1 ..."), with
	 * the code once.
	 */
	static String singleCode(String reply) {
		if (reply != null && reply.length() > 8 && Codes.isReply(reply.substring(0, 3)) && reply.charAt(3) == ' '
				&& reply.startsWith(reply.substring(0, 3) + " ", 4)) {
			return reply.substring(4);
		}
		return reply;
	}

}
