package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of the Lotus Notes SMTP MTA (before Domino's own),
 * {@code Subject: Undeliverable message}: plain text between two rulers, the reason on a
 * line of its own and the address it is about on the next.
 *
 * <pre>
 * ------- Failure Reasons  --------
 *
 * User not listed in public Name &amp; Address Book
 * kijitora@notes.example.jp
 *
 * ------- Returned Message --------
 * </pre>
 *
 * When the reasons name no address, the recipient is the To of the returned message.
 */
class Notes implements Format {

	// Notes' own words for an address its directory does not hold, in Japanese and
	// English
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("ディレクトリのリストにありません", "userunknown",
			"not listed in public name & address book", "userunknown");

	@Override
	public String name() {
		return "notes";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		if (!message.subject().startsWith("Undeliverable message")) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		List<Delivery.Builder> deliveries = new ArrayList<>();
		boolean reasons = false;
		StringBuilder reason = new StringBuilder();
		String lastReason = null;
		for (String line : text.split("\n")) {
			String stripped = line.strip();
			if (stripped.startsWith("------- Failure Reasons")) {
				reasons = true;
				continue;
			}
			if (stripped.startsWith("------- Returned Message")) {
				break;
			}
			if (!reasons || stripped.isEmpty()) {
				continue;
			}
			if (stripped.indexOf(' ') < 0 && Addresses.isAddress(Addresses.bare(stripped))) {
				// the address after its reason; several addresses after one reason share
				// it
				if (!reason.isEmpty()) {
					lastReason = reason.toString();
					reason.setLength(0);
				}
				deliveries.add(Delivery.to(Addresses.bare(stripped)).action("failed").diagnostic(lastReason));
			}
			else {
				reason.append(reason.isEmpty() ? "" : " ").append(stripped);
			}
		}
		if (!reasons) {
			return null;
		}
		if (!reason.isEmpty()) {
			// a reason after the last address: about the addresses that have none
			for (Delivery.Builder delivery : deliveries) {
				if (delivery.diagnostic() == null) {
					delivery.diagnostic(reason.toString());
				}
			}
		}
		if (deliveries.isEmpty()) {
			String to = message.original().first("to");
			String recipient = (to != null) ? Addresses.first(to) : null;
			if (recipient == null) {
				recipient = Addresses.first(originalTo(text));
			}
			if (recipient != null) {
				deliveries.add(Delivery.to(recipient).action("failed").diagnostic(reason.toString()));
			}
		}
		List<Delivery> built = new ArrayList<>();
		for (Delivery.Builder delivery : deliveries) {
			built.add(delivery.build());
		}
		return built.isEmpty() ? null : new Reading(name(), null, built);
	}

	// the To of the message returned after the ruler, when the bounce is one text part
	private static String originalTo(String text) {
		int ruler = text.indexOf("------- Returned Message");
		if (ruler < 0) {
			return null;
		}
		int end = text.indexOf('\n', ruler);
		return (end < 0) ? null : BounceMessage.Headers.parse(text.substring(end + 1)).first("to");
	}

}
