package org.smtpcodes.maillog;

/**
 * One line of a log, its syslog prefix taken off: the forms rsyslog, syslog-ng and
 * journalctl write (RFC 3164 {@code Dec  2 14:17:18 host prog[pid]: }, RFC 3339
 * {@code 2026-12-02T14:17:18.469039+00:00 host prog[pid]: }, RFC 5424
 * {@code <22>1 2026-12-02T14:17:18Z host prog pid - - }, {@code journalctl -o short} and
 * {@code short-iso}), and the lines of Exim's own log file
 * ({@code 2026-12-02 14:17:18 }), which have neither host nor program.
 *
 * @param number the line's number, from 1
 * @param text the whole line
 * @param time the time as the line writes it, or null
 * @param host the host that logged it, or null
 * @param program the program that logged it ({@code postfix/smtp}, {@code sm-mta}), or
 * null; {@value #EXIM} for a line of Exim's own log
 * @param message what the program logged
 */
record LogLine(long number, String text, String time, String host, String program, String message) {

	/** The program of the lines of Exim's own log file. */
	static final String EXIM = "exim";

	private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

	/**
	 * Reads a line.
	 * @param number its number
	 * @param text the line
	 * @return the line, with a null program when no prefix was found
	 */
	static LogLine of(long number, String text) {
		int at = 0;
		if (text.startsWith("<")) {
			int close = text.indexOf('>');
			if (close > 1 && close <= 4 && digits(text, 1, close)) {
				at = close + 1;
				if (text.startsWith("1 ", at)) {
					return rfc5424(number, text, at + 2);
				}
			}
		}
		int timeEnd = bsdTime(text, at);
		if (timeEnd < 0) {
			timeEnd = isoTime(text, at);
		}
		if (timeEnd < 0) {
			int exim = eximTime(text, at);
			if (exim > 0) {
				return new LogLine(number, text, text.substring(at, exim), null, EXIM, text.substring(exim + 1));
			}
			return new LogLine(number, text, null, null, null, text);
		}
		String time = text.substring(at, timeEnd);
		int hostStart = timeEnd + 1;
		int hostEnd = text.indexOf(' ', hostStart);
		if (hostEnd < 0) {
			return new LogLine(number, text, time, null, null, text.substring(Math.min(hostStart, text.length())));
		}
		// the tag: "prog[pid]:" or "prog:", one word
		int tagEnd = text.indexOf(' ', hostEnd + 1);
		if (tagEnd < 0 || tagEnd - 1 <= hostEnd + 1 || text.charAt(tagEnd - 1) != ':') {
			return new LogLine(number, text, time, text.substring(hostStart, hostEnd), null,
					text.substring(hostEnd + 1));
		}
		int tagStart = hostEnd + 1;
		int bracket = text.indexOf('[', tagStart);
		int programEnd = (bracket > 0 && bracket < tagEnd) ? bracket : tagEnd - 1;
		return new LogLine(number, text, time, text.substring(hostStart, hostEnd), text.substring(tagStart, programEnd),
				text.substring(tagEnd + 1));
	}

	// <PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG (RFC 5424
	// section 6), "-" for a field that is not known
	private static LogLine rfc5424(long number, String text, int at) {
		String[] fields = new String[5];
		int position = at;
		for (int i = 0; i < fields.length; i++) {
			int end = text.indexOf(' ', position);
			if (end < 0) {
				return new LogLine(number, text, null, null, null, text);
			}
			fields[i] = text.substring(position, end);
			position = end + 1;
		}
		// the structured data: "-" or one or more [id param="value" ...] elements, in
		// which a "]" can be escaped
		if (text.startsWith("-", position)) {
			position += 1;
		}
		else {
			boolean quoted = false;
			while (position < text.length()) {
				char c = text.charAt(position);
				if (c == '\\') {
					position++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (c == ']' && !quoted && (position + 1 == text.length() || text.charAt(position + 1) != '[')) {
					position++;
					break;
				}
				position++;
			}
		}
		String message = (position < text.length()) ? text.substring(position + 1) : "";
		if (message.startsWith("\uFEFF")) {
			message = message.substring(1);
		}
		return new LogLine(number, text, nil(fields[0]), nil(fields[1]), nil(fields[2]), message);
	}

	private static String nil(String field) {
		return "-".equals(field) ? null : field;
	}

	// "Dec 2 14:17:18" or "Dec 02 14:17:18", with fractions of a second sometimes
	private static int bsdTime(String text, int at) {
		if (text.length() < at + 16 || text.charAt(at + 3) != ' ' || text.charAt(at + 6) != ' ') {
			return -1;
		}
		int month = MONTHS.indexOf(text.substring(at, at + 3));
		if (month < 0 || month % 3 != 0) {
			return -1;
		}
		char d1 = text.charAt(at + 4);
		if (!(d1 == ' ' || isDigit(d1)) || !isDigit(text.charAt(at + 5)) || !clock(text, at + 7)) {
			return -1;
		}
		return fraction(text, at + 15);
	}

	// 2026-12-02T14:17:18, then fractions and a zone (Z, +00:00, +0000) up to a blank
	private static int isoTime(String text, int at) {
		if (!date(text, at) || text.length() < at + 20 || text.charAt(at + 10) != 'T' || !clock(text, at + 11)) {
			return -1;
		}
		int end = text.indexOf(' ', at + 19);
		return end;
	}

	// Exim: 2026-12-02 14:17:18, then maybe fractions (log_selector +millisec) and a zone
	// (+tod_log_zone)
	private static int eximTime(String text, int at) {
		if (!date(text, at) || text.length() < at + 21 || text.charAt(at + 10) != ' ' || !clock(text, at + 11)) {
			return -1;
		}
		int end = fraction(text, at + 19);
		if (end < 0) {
			return -1;
		}
		if (end + 6 < text.length() && (text.charAt(end + 1) == '+' || text.charAt(end + 1) == '-')
				&& digits(text, end + 2, end + 6) && text.charAt(end + 6) == ' ') {
			end += 6;
		}
		return end;
	}

	private static int fraction(String text, int at) {
		int end = at;
		if (end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')) {
			end++;
			while (end < text.length() && isDigit(text.charAt(end))) {
				end++;
			}
		}
		return (end < text.length() && text.charAt(end) == ' ') ? end : -1;
	}

	private static boolean date(String text, int at) {
		return text.length() > at + 10 && digits(text, at, at + 4) && text.charAt(at + 4) == '-'
				&& digits(text, at + 5, at + 7) && text.charAt(at + 7) == '-' && digits(text, at + 8, at + 10);
	}

	private static boolean clock(String text, int at) {
		return text.length() >= at + 8 && digits(text, at, at + 2) && text.charAt(at + 2) == ':'
				&& digits(text, at + 3, at + 5) && text.charAt(at + 5) == ':' && digits(text, at + 6, at + 8);
	}

	private static boolean digits(String text, int from, int to) {
		if (to > text.length() || from >= to) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (!isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
