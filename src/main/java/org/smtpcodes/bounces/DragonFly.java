package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of the DragonFly Mail Agent (dma), DragonFly BSD's small MTA: plain text
 * that opens with "This is the DragonFly Mail Agent v0.13 at host." and names each
 * recipient in a sentence of its own, then the error as dma wrote it ({@code mail.c},
 * {@code net.c}):
 *
 * <pre>
 * There was an error delivering your mail to &lt;kijitora@example.com&gt;.
 *
 * mx.example.com [192.0.2.25] did not like our RCPT TO:
 * 552 5.2.2 &lt;kijitora@example.com&gt;: Recipient address rejected: Mailbox full
 *
 * Original message follows.
 * </pre>
 *
 * A remote refusal names the host and the command ("did not like our RCPT TO:", "our
 * final DATA:") on the line before the server's reply; dma's own failures are one
 * sentence ("Could not deliver for the last 432000 seconds. Giving up.", "DNS lookup
 * failure: host example.com not found").
 */
class DragonFly implements Format {

	private static final String OPENING = "This is the DragonFly Mail Agent ";

	private static final String RECIPIENT = "There was an error delivering your mail to <";

	private static final String REFUSED = " did not like our ";

	@Override
	public String name() {
		return "dragonfly";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int opening = text.indexOf(OPENING);
		if (opening < 0 || (opening > 0 && text.charAt(opening - 1) != '\n')) {
			return null;
		}
		List<Delivery> deliveries = new ArrayList<>();
		Delivery.Builder delivery = null;
		String reportingMta = null;
		for (String line : text.substring(opening).split("\n")) {
			String stripped = line.strip();
			if (stripped.startsWith(OPENING)) {
				// "This is the DragonFly Mail Agent v0.13 at df.example.jp."
				int at = stripped.lastIndexOf(" at ");
				reportingMta = (at > 0) ? trimDot(stripped.substring(at + 4)) : null;
				continue;
			}
			if (stripped.equals("Original message follows.") || stripped.equals("Message headers follow.")) {
				break;
			}
			if (stripped.startsWith(RECIPIENT)) {
				if (delivery != null) {
					deliveries.add(delivery.build());
				}
				int close = stripped.indexOf('>', RECIPIENT.length());
				String recipient = (close > 0) ? stripped.substring(RECIPIENT.length(), close) : null;
				delivery = Addresses.isAddress(recipient) ? Delivery.to(recipient).action("failed") : null;
				continue;
			}
			if (delivery == null || stripped.isEmpty()) {
				continue;
			}
			int refused = stripped.indexOf(REFUSED);
			if (refused > 0 && stripped.endsWith(":") && delivery.diagnostic() == null) {
				// "mx.example.com [192.0.2.25] did not like our final DATA:"
				String host = stripped.substring(0, refused);
				int space = host.indexOf(' ');
				delivery.remoteMta((space > 0) ? host.substring(0, space) : host);
				delivery.command(command(stripped.substring(refused + REFUSED.length(), stripped.length() - 1)));
				continue;
			}
			// the server's reply, every line of a multi-line one, or dma's own sentence
			delivery.moreDiagnostic(stripped);
		}
		if (delivery != null) {
			deliveries.add(delivery.build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), reportingMta, deliveries);
	}

	// "RCPT TO", "MAIL FROM", "final DATA", "DATA", "EHLO", "STARTTLS" ...
	private static String command(String words) {
		String upperCase = words.toUpperCase(Locale.ROOT);
		for (String command : List.of("RCPT", "MAIL", "DATA", "EHLO", "HELO", "STARTTLS", "AUTH")) {
			if (upperCase.contains(command)) {
				return command;
			}
		}
		return null;
	}

	private static String trimDot(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

}
