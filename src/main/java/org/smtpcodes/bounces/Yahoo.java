package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * Yahoo Mail's (and AOL's, on the same servers) "Failure Notice", written in the manner
 * of qmail: "Sorry, we were unable to deliver your message to the following address.",
 * then for each recipient a line {@code <address>:} and the error under it ("Remote host
 * said: 550 5.1.1 ..." or Yahoo's own words), with the SMTP step in brackets
 * ({@code [RCPT_TO]}), then "--- Below this line is a copy of the message.".
 */
class Yahoo implements Format {

	private static final String START = "Sorry, we were unable to deliver your message to the following address";

	@Override
	public String name() {
		return "yahoo";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = BounceText.partWithLine(message, START);
		if (text == null) {
			return null;
		}
		String notice = BounceText.beforeLine(text, "--- Below this line is a copy of the");
		notice = notice.substring(BounceText.lineStartingWith(notice, START));
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<String> error = new ArrayList<>();
		Delivery.Builder current = null;
		for (String line : BounceText.lines(notice)) {
			String stripped = line.strip();
			if (stripped.startsWith("<") && stripped.endsWith(">:") && Addresses.isAddress(Addresses.bare(stripped))) {
				finish(current, error);
				current = Delivery.to(Addresses.bare(stripped)).action("failed");
				deliveries.add(current);
			}
			else if (current != null && !stripped.isEmpty()) {
				error.add(stripped);
			}
		}
		finish(current, error);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries.stream().map(Delivery.Builder::build).toList());
	}

	private static void finish(Delivery.Builder delivery, List<String> error) {
		if (delivery == null) {
			return;
		}
		List<String> words = new ArrayList<>();
		String command = null;
		for (String line : error) {
			String rest = line;
			// the step of the SMTP session in brackets, at the end of the reply or on a
			// line of its own
			int open = rest.lastIndexOf('[');
			if (open >= 0 && rest.endsWith("]")) {
				String step = step(rest.substring(open + 1, rest.length() - 1));
				if (step != null) {
					command = step;
					rest = rest.substring(0, open).strip();
				}
			}
			if (rest.startsWith("Giving up on ")) {
				// qmail's last word on a host it tried: the host, and nothing about the
				// failure
				String host = rest.substring("Giving up on ".length()).strip();
				delivery.remoteMta(host.endsWith(".") ? host.substring(0, host.length() - 1) : host);
				continue;
			}
			if (rest.startsWith("Remote host said:")) {
				// the reply itself: qmail's words before it ("192.0.2.1 does not like
				// recipient.") only name the step, and the reply's code opens the
				// diagnostic
				if (command == null) {
					command = qmailCommand(BounceText.joined(words));
				}
				words.clear();
				rest = rest.substring("Remote host said:".length()).strip();
			}
			words.add(rest);
		}
		String diagnostic = BounceText.joined(words);
		if (command == null) {
			command = qmailCommand(diagnostic);
		}
		delivery.diagnostic(diagnostic).command(command);
		error.clear();
	}

	private static String step(String tag) {
		return switch (tag) {
			case "RCPT_TO" -> "RCPT";
			case "MAIL_FROM" -> "MAIL";
			case "DATA", "END_OF_DATA", "BODY" -> "DATA";
			case "CONNECT", "GREETING" -> "CONNECT";
			case "EHLO", "HELO" -> tag;
			default -> null;
		};
	}

	// the sentences of qmail-remote, which Yahoo's software keeps
	private static String qmailCommand(String diagnostic) {
		if (diagnostic.contains("does not like recipient")) {
			return "RCPT";
		}
		if (diagnostic.contains("but sender was rejected")) {
			return "MAIL";
		}
		if (diagnostic.contains("failed on DATA command") || diagnostic.contains("failed after I sent the message")) {
			return "DATA";
		}
		return null;
	}

}
