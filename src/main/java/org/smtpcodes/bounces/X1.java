package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of an MTA nobody has named (Sisimai's "X1"):
 * {@code From: "Mail Deliver System"}, {@code Subject: Returned Mail: User unknown}, and
 * a text that lists each recipient with the error in brackets after it:
 *
 * <pre>
 * The original message was received at Thu, 29 Apr 2010 23:34:45 +0900 (JST)
 * from shironeko@example.jp
 *
 * ---The following addresses had delivery errors---
 *
 * kijitora@example.co.jp [User unknown]
 * </pre>
 */
class X1 implements Format {

	private static final String LIST = "---The following addresses had delivery errors---";

	@Override
	public String name() {
		return "x1";
	}

	@Override
	public Reading read(BounceMessage message) {
		String from = message.headers().first("from");
		if (!message.subject().startsWith("Returned Mail: ") && !message.subject().startsWith("Mail Delivery Failure")
				&& (from == null || !from.contains("\"Mail Deliver"))) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int list = text.indexOf(LIST);
		if (list < 0) {
			return null;
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String line : text.substring(list + LIST.length()).split("\n")) {
			String stripped = line.strip();
			int open = stripped.indexOf(" [");
			if (open <= 0 || !stripped.endsWith("]")) {
				if (!deliveries.isEmpty() && !stripped.isEmpty()) {
					break;
				}
				continue;
			}
			// "kijitora@example.co.jp [User unknown]"
			String recipient = Addresses.bare(stripped.substring(0, open));
			if (Addresses.isAddress(recipient)) {
				deliveries.add(Delivery.to(recipient)
					.action("failed")
					.diagnostic(stripped.substring(open + 2, stripped.length() - 1))
					.build());
			}
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
