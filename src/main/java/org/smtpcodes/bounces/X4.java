package org.smtpcodes.bounces;

import java.util.List;

/**
 * The bounces of an MTA nobody has named (Sisimai's "X4", qmail under an opening of a
 * provider's own): {@code Subject: failure notice}, an opening that asks to verify the
 * addresses, then qmail's blocks of an address with a colon and the error under it, and
 * qmail's line before the returned message:
 *
 * <pre>
 * Your mail message to the following address(es) could not be delivered. This
 * is a permanent error. Please verify the addresses and try again. ...
 *
 * &lt;kijitora@example.com&gt;:
 * child status 100...The e-mail message could not be delivered because the user's mailfolder is full.
 *
 * --- Below this line is a copy of the message.
 * </pre>
 */
class X4 implements Format {

	private static final String OPENING = "Your mail message to the following address(es) could not be delivered.";

	@Override
	public String name() {
		return "x4";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int opening = text.indexOf(OPENING);
		if (opening < 0 || !text.contains("--- Below this line is a copy of the message.")) {
			return null;
		}
		List<Delivery> deliveries = X2.blocks(text.substring(opening), "--- Below this line is a copy of the message.");
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
