package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of United Internet's mail servers, GMX and 1&amp;1 (IONOS), which keep
 * Exim's opening ("This message was created automatically by mail delivery software.")
 * but not its layout: after "The following address failed:" each recipient stands on a
 * line of its own ({@code "kijitora@example.jp":}, {@code <kijitora@example.jp>} or the
 * bare address), followed by the error: "SMTP error from remote server after RCPT
 * command:", "host: mx.example.jp" and the reply, or "Reason:" / "For the following
 * reason:" and the servers' own words. The returned message's header follows "--- The
 * header of the original message is following. ---", the line that tells these bounces
 * from Exim's.
 */
class Gmx implements Format {

	private static final String SEPARATOR = "--- The header of the original message is following. ---";

	private static final String START = "This message was created automatically by mail delivery software";

	@Override
	public String name() {
		return "gmx";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = BounceText.partWithLine(message, SEPARATOR);
		if (text == null || BounceText.lineStartingWith(text, START) < 0) {
			return null;
		}
		String notice = BounceText.beforeLine(text, SEPARATOR);
		notice = notice.substring(BounceText.lineStartingWith(notice, START));
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Delivery.Builder current = null;
		for (String line : BounceText.lines(notice)) {
			String stripped = line.strip();
			String recipient = recipient(stripped);
			if (recipient != null) {
				finish(current, words);
				current = Delivery.to(recipient).action("failed");
				deliveries.add(current);
			}
			else if (current != null && !stripped.isEmpty()) {
				error(current, stripped, words);
			}
		}
		finish(current, words);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries.stream().map(Delivery.Builder::build).toList());
	}

	// "kijitora@example.jp", "<kijitora@example.jp>", "\"kijitora@example.jp\":",
	// "kijitora@example.jp:"
	private static String recipient(String line) {
		if (line.isEmpty() || line.indexOf(' ') >= 0 || line.indexOf('@') < 0) {
			return null;
		}
		String address = Addresses.bare(line);
		return Addresses.isAddress(address) ? address : null;
	}

	private static void error(Delivery.Builder delivery, String line, List<String> words) {
		String lowerCase = line.toLowerCase(Locale.ROOT);
		if (lowerCase.startsWith("smtp error from remote")) {
			// "SMTP error from remote server after RCPT command:", or in one line "...
			// for TEXT command, host: smtp-in.example.fr (192.0.2.1) reason: 550 5.2.0
			// ..."
			delivery.command(BounceText.commandNamed(line)).diagnosticType("smtp");
			host(delivery, line);
			String reason = BounceText.after(line, "reason:");
			if (reason != null) {
				words.add(reason);
			}
		}
		else if (lowerCase.startsWith("host:")) {
			host(delivery, line);
			String reason = BounceText.after(line, "reason:");
			if (reason != null) {
				words.add(reason);
			}
		}
		else if (lowerCase.startsWith("reason:")) {
			words.add(line.substring("reason:".length()));
		}
		else if (!lowerCase.equals("for the following reason:")) {
			words.add(line);
		}
	}

	private static void host(Delivery.Builder delivery, String line) {
		String host = BounceText.after(line, "host:");
		if (host != null && !host.isEmpty()) {
			int space = host.indexOf(' ');
			delivery.remoteMta((space >= 0) ? host.substring(0, space) : host);
		}
	}

	private static void finish(Delivery.Builder delivery, List<String> words) {
		if (delivery != null) {
			delivery.diagnostic(BounceText.joined(words));
		}
		words.clear();
	}

}
