package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bounces of Oracle Communications Messaging Server (formerly Sun Java System /
 * iPlanet Messaging Server): an RFC 3464 report whose text part lists, for each
 * recipient, what the report's fields say in words, indented by two blanks:
 *
 * <pre>
 * This report relates to a message you sent with the following header fields:
 * ...
 * Your message cannot be delivered to the following recipients:
 *
 *   Recipient address: kijitora@example.jp
 *   Reason: Remote SMTP server has rejected address
 *   Diagnostic code: smtp;550 5.1.1 &lt;kijitora@example.jp&gt;... User Unknown
 *   Remote system: dns;mx.example.jp (TCP|192.0.2.1|47323|192.0.2.225|25) (mx.example.jp ESMTP)
 * </pre>
 *
 * The text is read first: its "Reason:" is the server's own sentence for what went wrong,
 * which names the refused command ("Remote SMTP server has rejected address" is the RCPT,
 * "Server rejected MAIL FROM address" the MAIL), and stands for the diagnostic where
 * there is none ("Over quota"). A routed recipient
 * ({@code @smtp.example.net:kijitora@server}) is named by its "Original address:". The
 * report adds the Status, whose groups this server may open with Action and Status before
 * the recipient's address.
 */
class MessagingServer implements Format {

	private static final String OPENING = "This report relates to a message you sent with the following header fields:";

	@Override
	public String name() {
		return "messagingserver";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		if (!text.contains(OPENING) || !text.contains("  Recipient address: ")) {
			return null;
		}
		String report = message.text(BounceMessage.Part.Kind.DELIVERY_STATUS);
		// an older server writes the report's fields into the text itself, after the
		// lines for people
		List<BounceMessage.Headers> blocks = groups(report.isBlank() ? text : report);
		Map<String, BounceMessage.Headers> groups = byRecipient(blocks);
		List<Delivery> deliveries = new ArrayList<>();
		Entry entry = null;
		for (String line : text.split("\n")) {
			if (!line.startsWith("  ") || line.startsWith("   ")) {
				continue;
			}
			int colon = line.indexOf(": ");
			if (colon < 0) {
				continue;
			}
			String name = line.substring(2, colon).toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 2).strip();
			switch (name) {
				case "recipient address" -> {
					if (entry != null) {
						deliveries.add(entry.delivery(groups));
					}
					entry = new Entry(value);
				}
				case "original address" -> {
					if (entry != null) {
						entry.original = value;
					}
				}
				case "reason" -> {
					if (entry != null) {
						entry.reason = value;
					}
				}
				case "diagnostic code" -> {
					if (entry != null) {
						entry.diagnostic = value;
					}
				}
				case "remote system" -> {
					if (entry != null) {
						entry.remote = value;
					}
				}
				default -> {
					// the returned message's header fields (Message-id, Date, From, To,
					// Subject)
				}
			}
		}
		if (entry != null) {
			deliveries.add(entry.delivery(groups));
		}
		deliveries.removeIf((delivery) -> delivery.recipient() == null);
		if (deliveries.isEmpty()) {
			return null;
		}
		String reportingMta = null;
		for (BounceMessage.Headers group : blocks) {
			if (group.first("reporting-mta") != null) {
				reportingMta = host(DeliveryStatus.typed(group.first("reporting-mta")));
				break;
			}
		}
		return new Reading(name(), reportingMta, deliveries);
	}

	// the report's blocks of fields, one per blank-line-separated block, whatever field
	// opens each
	private static List<BounceMessage.Headers> groups(String report) {
		List<BounceMessage.Headers> groups = new ArrayList<>();
		StringBuilder block = new StringBuilder();
		for (String line : (report + "\n\n").split("\n", -1)) {
			if (line.isBlank()) {
				if (!block.isEmpty()) {
					groups.add(BounceMessage.Headers.parse(block.toString()));
					block.setLength(0);
				}
				continue;
			}
			block.append(line).append('\n');
		}
		return groups;
	}

	// the report's group of each recipient, by Final-Recipient and by Original-Recipient
	private static Map<String, BounceMessage.Headers> byRecipient(List<BounceMessage.Headers> groups) {
		Map<String, BounceMessage.Headers> byRecipient = new HashMap<>();
		for (BounceMessage.Headers group : groups) {
			for (String field : List.of("final-recipient", "original-recipient")) {
				String address = DeliveryStatus.typed(group.first(field));
				if (address != null) {
					byRecipient.putIfAbsent(address.toLowerCase(Locale.ROOT), group);
				}
			}
		}
		return byRecipient;
	}

	// "mx.example.jp (TCP|...) (...)" -> "mx.example.jp"
	private static String host(String value) {
		if (value == null) {
			return null;
		}
		String host = value.strip();
		int space = host.indexOf(' ');
		return (space > 0) ? host.substring(0, space) : host;
	}

	/** One recipient's lines in the text. */
	private static final class Entry {

		final String address;

		String original;

		String reason;

		String diagnostic;

		String remote;

		Entry(String address) {
			this.address = address;
		}

		Delivery delivery(Map<String, BounceMessage.Headers> groups) {
			String recipient = Addresses.isAddress(this.address) && this.address.indexOf(':') < 0 ? this.address
					: this.original;
			BounceMessage.Headers group = groups.get(this.address.toLowerCase(Locale.ROOT));
			if (group == null && recipient != null) {
				group = groups.get(recipient.toLowerCase(Locale.ROOT));
			}
			Delivery.Builder delivery = (group != null) ? Rfc3464.fromFields(group) : Delivery.to(null);
			delivery.recipient(Addresses.bare(recipient));
			if (this.original != null && !this.original.equalsIgnoreCase(recipient)) {
				delivery.originalRecipient(this.original);
			}
			if (this.diagnostic != null) {
				delivery.diagnostic(DeliveryStatus.typed(this.diagnostic))
					.diagnosticType(DeliveryStatus.type(this.diagnostic));
			}
			else if (delivery.diagnostic() == null && this.reason != null) {
				// no reply: the server's own sentence ("Over quota", "Illegal host/domain
				// name found")
				delivery.diagnostic(this.reason);
			}
			if (this.remote != null) {
				delivery.remoteMta(host(DeliveryStatus.typed(this.remote)));
			}
			else if (group != null) {
				delivery.remoteMta(host(DeliveryStatus.typed(group.first("remote-mta"))));
			}
			delivery.command(command(this.reason));
			return delivery.build();
		}

		// the server's sentences for a refusal in the SMTP session
		private static String command(String reason) {
			if (reason == null) {
				return null;
			}
			String lowerCase = reason.toLowerCase(Locale.ROOT);
			if (lowerCase.contains("rejected mail from")) {
				return "MAIL";
			}
			if (lowerCase.contains("smtp server has rejected address")) {
				return "RCPT";
			}
			return null;
		}

	}

}
