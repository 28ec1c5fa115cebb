package org.smtpcodes.explain;

import java.util.List;
import java.util.Locale;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A whole message sent to {@code /explain}, which reads one reply: 422, pointing to
 * {@code /bounces}, which reads a whole bounce and every recipient in it. A text is a
 * whole message when it begins with the header fields of a message (at least three, one
 * of them From, Date, Received, Message-ID, Return-Path or MIME-Version) followed by a
 * blank line and a body: a reply or a diagnostic line never does.
 */
class WholeMessage extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("whole-message", HttpStatus.UNPROCESSABLE_CONTENT);

	private static final List<String> MESSAGE_FIELDS = List.of("from", "date", "received", "message-id", "return-path",
			"mime-version", "delivered-to");

	WholeMessage() {
		super(TYPE);
		property("bounces", "/bounces");
	}

	/**
	 * Whether a text is a whole message: a block of header fields, a blank line, a body.
	 */
	static boolean is(String text) {
		int fields = 0;
		boolean messageField = false;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = (end < 0) ? text.length() : end;
			String line = text.substring(start, end);
			if (line.endsWith("\r")) {
				line = line.substring(0, line.length() - 1);
			}
			if (line.isEmpty()) {
				return fields >= 3 && messageField && end < text.length();
			}
			if (line.charAt(0) != ' ' && line.charAt(0) != '\t') {
				int colon = line.indexOf(':');
				if (colon <= 0 || line.substring(0, colon).chars().anyMatch((c) -> c <= ' ' || c > '~')) {
					return false;
				}
				fields++;
				messageField |= MESSAGE_FIELDS.contains(line.substring(0, colon).toLowerCase(Locale.ROOT));
			}
			start = end + 1;
		}
		return false;
	}

}
