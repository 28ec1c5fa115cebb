package org.smtpcodes.maillog;

import java.util.function.Consumer;

/**
 * The fallback: a line (after any syslog prefix) that is a reply or a diagnostic line
 * ({@code 550 5.1.1 ...}, {@code smtp; 550 5.1.1 ...}), as a program of no known format
 * or a person writes them, one per line. Each is an attempt whose outcome is its class:
 * 2xx delivered, 4xx deferred, 5xx bounced.
 */
final class ReplyLines implements ServerLog {

	static final String NAME = "replies";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean writes(String program) {
		return true;
	}

	/** Whether a line is a reply or a diagnostic line. */
	boolean reads(LogLine line) {
		return start(line.message()) >= 0;
	}

	@Override
	public void read(LogLine line, Consumer<Attempt> attempts) {
		String message = line.message();
		int start = start(message);
		if (start < 0) {
			return;
		}
		String reply = message.substring(start).strip();
		String[] codes = Fields.codes(reply);
		Outcome outcome = switch (reply.charAt(0)) {
			case '2' -> Outcome.DELIVERED;
			case '4' -> Outcome.DEFERRED;
			default -> Outcome.BOUNCED;
		};
		attempts.accept(
				new Attempt(line, NAME, null, null, null, outcome, null, null, codes[0], codes[1], reply, null, null));
	}

	// where the reply starts: at once, or after "smtp;" (a Diagnostic-Code field's value)
	private static int start(String message) {
		int at = 0;
		if (message.regionMatches(true, 0, "smtp;", 0, 5)) {
			at = 5;
			while (at < message.length() && message.charAt(at) == ' ') {
				at++;
			}
		}
		if (Fields.isReplyCode(message, at)
				&& (message.length() == at + 3 || message.charAt(at + 3) == ' ' || message.charAt(at + 3) == '-')) {
			return (message.charAt(at) == '3') ? -1 : at;
		}
		return -1;
	}

}
