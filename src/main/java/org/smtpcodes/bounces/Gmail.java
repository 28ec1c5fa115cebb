package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-text bounces Gmail wrote until about 2016, from
 * {@code mailer-daemon@googlemail.com}: "Delivery to the following recipient failed
 * permanently:" (or "has been delayed:"), the addresses indented on lines of their own,
 * then "Technical details of permanent failure:" with Google's explanation and, when a
 * server refused, "The error that the other server returned was:" and that server's
 * reply, often with its code written twice ("550 550 5.1.1 ...") and Gmail's SMTP client
 * state ("(state 14)"). The returned message follows "----- Original message -----". The
 * Gmail of today writes an RFC 3464 report, read by {@link Rfc3464}, or the notices of
 * {@link GoogleWorkspace}.
 */
class Gmail implements Format {

	private static final String[] SEPARATORS = { "----- Original message -----", "----- Message header follows -----" };

	private static final String RETURNED = "The error that the other server returned was:";

	@Override
	public String name() {
		return "gmail";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!isGoogleDaemon(message.headers())) {
			return null;
		}
		String text = BounceText.partWithLine(message, "Delivery to the following recipient");
		if (text == null) {
			return null;
		}
		List<String> lines = BounceText.lines(BounceText.beforeLine(text, SEPARATORS));
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<Delivery.Builder> waiting = new ArrayList<>();
		List<String> details = null;
		String action = null;
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.startsWith("Delivery to the following recipient")) {
				finish(waiting, details);
				details = null;
				action = stripped.contains("delayed") ? "delayed" : "failed";
				continue;
			}
			if (action == null) {
				continue;
			}
			if (details == null && !stripped.isEmpty() && line.charAt(0) == ' ' && Addresses.isAddress(stripped)) {
				// the addresses the notice is about, each indented on a line of its own
				Delivery.Builder delivery = Delivery.to(stripped).action(action);
				deliveries.add(delivery);
				waiting.add(delivery);
			}
			else if (stripped.startsWith("Technical details of ")) {
				finish(waiting, details);
				if (stripped.startsWith("Technical details of temporary")) {
					action = "delayed";
					for (Delivery.Builder delivery : waiting) {
						delivery.action(action);
					}
				}
				details = new ArrayList<>();
			}
			else if (details != null) {
				details.add(line);
			}
		}
		finish(waiting, details);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries.stream().map(Delivery.Builder::build).toList());
	}

	static boolean isGoogleDaemon(BounceMessage.Headers headers) {
		String from = headers.first("from");
		if (from == null) {
			return false;
		}
		String lowerCase = from.toLowerCase(Locale.ROOT);
		return lowerCase.contains("mailer-daemon@googlemail.com") || lowerCase.contains("mailer-daemon@google.com");
	}

	// the technical details belong to every address listed since the last details
	private static void finish(List<Delivery.Builder> waiting, List<String> details) {
		if (details == null || waiting.isEmpty()) {
			return;
		}
		String technical = BounceText.joined(details);
		String reply = BounceText.after(technical, RETURNED);
		String diagnostic = (reply != null && !reply.isEmpty()) ? BounceText.singleCode(reply) : technical;
		String remoteMta = remoteMta(technical);
		String command = command(technical);
		for (Delivery.Builder delivery : waiting) {
			delivery.diagnostic(diagnostic).diagnosticType("smtp").remoteMta(remoteMta).command(command);
		}
		waiting.clear();
	}

	// "rejected by the server for the recipient domain example.jp by mx.example.jp.
	// [192.0.2.153]."
	private static String remoteMta(String technical) {
		String rest = BounceText.after(technical, "for the recipient domain ");
		int by = (rest != null) ? rest.indexOf(" by ") : -1;
		if (by < 0) {
			return null;
		}
		String host = rest.substring(by + 4);
		int end = host.indexOf(' ');
		host = (end >= 0) ? host.substring(0, end) : host;
		while (host.endsWith(".")) {
			host = host.substring(0, host.length() - 1);
		}
		return host.indexOf('.') > 0 ? host : null;
	}

	// Gmail's SMTP client ends the reply with the state it was in: 13 the greeting and
	// EHLO, 14 RCPT TO, 15, 17 and 18 the message after DATA
	private static String command(String technical) {
		String state = BounceText.after(technical, "(state ");
		if (state == null) {
			return null;
		}
		int end = state.indexOf(')');
		return switch ((end > 0) ? state.substring(0, end) : "") {
			case "13" -> "EHLO";
			case "14" -> "RCPT";
			case "15", "17", "18" -> "DATA";
			default -> null;
		};
	}

}
