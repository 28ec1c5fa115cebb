package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of an MTA nobody has named (Sisimai's "X2", a qmail descendant that writes
 * its own opening): {@code From: MAILER-DAEMON@...}, {@code Subject: Delivery failure},
 * and after the opening each address in angle brackets with a colon, the error on the
 * lines under it, up to a blank line:
 *
 * <pre>
 * Message from example.com.
 * Unable to deliver message to the following address(es).
 *
 * &lt;kijitora@example.com&gt;:
 * This user doesn't have a example.com account (kijitora@example.com) [0]
 *
 * --- Original message follows.
 * </pre>
 */
class X2 implements Format {

	private static final String OPENING = "Unable to deliver message to the following address";

	@Override
	public String name() {
		return "x2";
	}

	@Override
	public Reading read(BounceMessage message) {
		String from = message.headers().first("from");
		String subject = message.subject();
		if ((from == null || !from.contains("MAILER-DAEMON@")) && !subject.startsWith("Delivery failure")
				&& !subject.startsWith("failure delivery") && !subject.startsWith("failed delivery")) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int opening = text.indexOf(OPENING);
		if (opening < 0) {
			return null;
		}
		List<Delivery> deliveries = blocks(text.substring(opening), "--- Original message follows.");
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

	/**
	 * The blocks of qmail's layout: a line {@code <address>:}, then the error on the
	 * lines under it, up to a blank line; read up to the line that opens the returned
	 * message.
	 * @param text the text from the opening on
	 * @param end the line before the returned message
	 * @return one delivery per block
	 */
	static List<Delivery> blocks(String text, String end) {
		List<Delivery> deliveries = new ArrayList<>();
		Delivery.Builder delivery = null;
		for (String line : text.split("\n")) {
			String stripped = line.strip();
			if (stripped.startsWith(end)) {
				break;
			}
			if (stripped.startsWith("<") && stripped.endsWith(">:")) {
				if (delivery != null) {
					deliveries.add(delivery.build());
				}
				String recipient = stripped.substring(1, stripped.length() - 2).strip();
				delivery = Addresses.isAddress(recipient) ? Delivery.to(recipient).action("failed") : null;
				continue;
			}
			if (delivery == null) {
				continue;
			}
			if (stripped.isEmpty()) {
				if (delivery.diagnostic() != null) {
					deliveries.add(delivery.build());
					delivery = null;
				}
				continue;
			}
			delivery.moreDiagnostic(stripped);
		}
		if (delivery != null) {
			deliveries.add(delivery.build());
		}
		return deliveries;
	}

}
