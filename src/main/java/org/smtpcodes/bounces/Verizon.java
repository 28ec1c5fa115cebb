package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verizon Wireless's gateways between mail and text or picture messages
 * ({@code post_master@vtext.com}, {@code sysadmin@...vzwpix.com}): "Error: Invalid user
 * address", "Error message below:" and the reply ("550 - Requested action not taken: no
 * such user here"), then "Message details:" with the envelope ("MAIL FROM:", "RCPT TO:")
 * instead of the returned message; the picture gateway writes "Original Message:". The
 * recipient is the RCPT TO of the details, or the returned message's To.
 */
class Verizon implements Format {

	// Verizon's own sentence for an address it does not have
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("no such user here", "userunknown");

	private static final String[] ENDS = { "Message details:", "Original Message:" };

	@Override
	public String name() {
		return "verizon";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		String from = message.headers().first("from");
		String lowerCase = (from != null) ? from.toLowerCase(Locale.ROOT) : "";
		boolean pictures = lowerCase.contains("sysadmin@") && lowerCase.contains(".vzwpix.com");
		if (!lowerCase.contains("post_master@vtext.com") && !pictures) {
			return null;
		}
		String text = BounceText.partWithLine(message, "Error:");
		if (text == null) {
			return null;
		}
		String notice = BounceText.beforeLine(text, ENDS);
		notice = notice.substring(BounceText.lineStartingWith(notice, "Error:"));
		String below = BounceText.after(notice, "Error message below:");
		String diagnostic = BounceText.joined(BounceText.lines((below != null) ? below : notice));
		List<String> recipients = new ArrayList<>();
		String rcpt = BounceText.after(text, "RCPT TO:");
		if (rcpt != null) {
			int end = rcpt.indexOf('\n');
			String address = Addresses.bare((end >= 0) ? rcpt.substring(0, end) : rcpt);
			if (Addresses.isAddress(address)) {
				recipients.add(address);
			}
		}
		if (recipients.isEmpty()) {
			recipients = BounceText.addresses(message.original(), "to");
		}
		String original = BounceText.after(text, "\nOriginal Message:");
		if (recipients.isEmpty() && original != null) {
			// the picture gateway copies the returned message's header fields into its
			// text
			recipients = BounceText.addresses(BounceMessage.Headers.parse(original), "to");
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(diagnostic).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
