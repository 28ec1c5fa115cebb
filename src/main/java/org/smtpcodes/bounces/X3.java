package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bounces of an MTA nobody has named (Sisimai's "X3"):
 * {@code From: Mail Delivery System}, {@code Subject: Delivery status notification}, and
 * a text between rulers of equals signs: a heading that says what became of the
 * recipients listed under it with asterisks, then their technical details, one line each:
 *
 * <pre>
 *       This is an automatically generated Delivery Status Notification.
 *
 * Delivery to the following recipients failed permanently:
 *
 *   * kijitora@example.com
 *
 * ============================================================================
 *                              Technical details:
 *
 * SMTP:RCPT host 192.0.2.8: 553 5.3.0 &lt;kijitora@example.com&gt;... No such user here
 * </pre>
 *
 * An SMTP detail names the command and the host before the server's reply; another detail
 * ({@code Routing: Could not find a gateway for ...}) is the MTA's own. A heading other
 * than the permanent failure ("... was aborted after 5.0 hour(s):") is the MTA's verdict
 * on the delivery, and is kept before the detail.
 */
class X3 implements Format {

	private static final String OPENING = "This is an automatically generated Delivery Status Notification.";

	@Override
	public String name() {
		return "x3";
	}

	@Override
	public Reading read(BounceMessage message) {
		String from = message.headers().first("from");
		if (from == null || !from.startsWith("Mail Delivery System")
				|| !message.subject().startsWith("Delivery status notification")) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int opening = text.indexOf(OPENING);
		if (opening < 0) {
			return null;
		}
		List<String> recipients = new ArrayList<>();
		List<String> headings = new ArrayList<>();
		List<String> details = new ArrayList<>();
		String heading = null;
		boolean technical = false;
		for (String line : text.substring(opening + OPENING.length()).split("\n")) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("=====")) {
				continue;
			}
			if (stripped.equals("Technical details:")) {
				technical = true;
				continue;
			}
			if (technical) {
				details.add(stripped);
			}
			else if (stripped.startsWith("* ")) {
				String recipient = Addresses.bare(stripped.substring(2));
				if (Addresses.isAddress(recipient)) {
					recipients.add(recipient);
					headings.add(heading);
				}
			}
			else if (stripped.endsWith(":")) {
				heading = stripped.substring(0, stripped.length() - 1);
			}
		}
		// the detail that names a recipient is about it
		Map<String, String> byAddress = new HashMap<>();
		for (String detail : details) {
			for (String address : Addresses.all(detail, 10)) {
				byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), detail);
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (int i = 0; i < recipients.size(); i++) {
			String recipient = recipients.get(i);
			Delivery.Builder delivery = Delivery.to(recipient).action("failed");
			String detail = byAddress.get(recipient.toLowerCase(Locale.ROOT));
			if (detail == null && i < details.size()) {
				// a detail that names no recipient: the one in the same place of the list
				detail = details.get(i);
			}
			if (detail != null && detail.startsWith("SMTP:")) {
				// "SMTP:RCPT host 192.0.2.8: 553 5.3.0 <x>... No such user here"
				String rest = detail.substring(5);
				int space = rest.indexOf(' ');
				String command = (space > 0) ? rest.substring(0, space).toUpperCase(Locale.ROOT) : "";
				if (List.of("HELO", "EHLO", "MAIL", "RCPT", "DATA", "STARTTLS").contains(command)) {
					delivery.command(command);
				}
				int host = rest.indexOf(" host ");
				int colon = (host >= 0) ? rest.indexOf(": ", host) : -1;
				if (colon > host + 6) {
					delivery.remoteMta(rest.substring(host + 6, colon).strip());
					detail = rest.substring(colon + 2).strip();
				}
				else {
					detail = rest.substring(Math.max(space, 0)).strip();
				}
			}
			String verdict = headings.get(i);
			if (verdict != null && !verdict.toLowerCase(Locale.ROOT).contains("failed permanently")) {
				detail = (detail != null) ? verdict + ". " + detail : verdict;
			}
			deliveries.add(delivery.diagnostic(detail).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
