package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The notices of today's Gmail and Google Workspace that carry no delivery status fields:
 * a heading between asterisks ("** Message not delivered **", "** Address not found **"),
 * Google's explanation, and "The response was:" or "The response from the remote server
 * was:" with the reply, in a text/plain part and its text/html copy; the
 * message/delivery-status part, when there is one, is empty. The recipients are in
 * X-Failed-Recipients (or, failing that, the returned message's To). A notice whose
 * report has its fields is left to {@link Rfc3464}.
 */
class GoogleWorkspace implements Format {

	@Override
	public String name() {
		return "google-workspace";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!Gmail.isGoogleDaemon(message.headers())) {
			return null;
		}
		if (!DeliveryStatus.parse(message.text(BounceMessage.Part.Kind.DELIVERY_STATUS)).perRecipient().isEmpty()) {
			return null;
		}
		String text = BounceText.partWithLine(message, "** ");
		if (text == null) {
			return null;
		}
		String notice = BounceText.beforeLine(text, "----- Original message -----");
		List<String> lines = BounceText.lines(notice.substring(BounceText.lineStartingWith(notice, "** ")));
		String heading = lines.get(0).strip();
		if (!heading.endsWith("**") || heading.length() < 6) {
			return null;
		}
		List<String> words = new ArrayList<>();
		words.add(heading.substring(2, heading.length() - 2).strip() + ".");
		words.addAll(lines.subList(1, lines.size()));
		String diagnostic = BounceText.joined(words);
		List<String> recipients = BounceText.addresses(message.headers(), "x-failed-recipients");
		if (recipients.isEmpty()) {
			recipients = BounceText.addresses(message.original(), "to");
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(diagnostic).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
