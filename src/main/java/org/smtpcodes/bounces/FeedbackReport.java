package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5965 feedback reports (the Abuse Reporting Format): a mailbox provider's report
 * that a user complained of a message, or that it failed authentication. The recipients
 * are the addresses the report names (Original-Rcpt-To, Removal-Recipient), else the
 * returned message's To; every one has the reason {@code feedback} and the report's
 * Feedback-Type. Apple's unsubscribe notices (X-Apple-Unsubscribe) are opt-out reports
 * from their sender.
 */
class FeedbackReport implements Format {

	@Override
	public String name() {
		return "feedback-report";
	}

	@Override
	public Reading read(BounceMessage message) {
		String contentType = header(message, "content-type").toLowerCase(Locale.ROOT);
		boolean apple = "true".equalsIgnoreCase(header(message, "x-apple-unsubscribe"));
		if (!message.has(BounceMessage.Part.Kind.FEEDBACK_REPORT) && !contentType.contains("feedback-report")
				&& !apple) {
			return null;
		}
		BounceMessage.Headers report = BounceMessage.Headers
			.parse(message.text(BounceMessage.Part.Kind.FEEDBACK_REPORT));
		String type = report.first("feedback-type");
		String summary = firstLine(message.text(BounceMessage.Part.Kind.TEXT));
		List<String> recipients = new ArrayList<>();
		for (String field : List.of("original-rcpt-to", "removal-recipient")) {
			for (String value : report.all(field)) {
				String address = Addresses.bare(value);
				if (Addresses.isAddress(address) && !recipients.contains(address)) {
					recipients.add(address);
				}
			}
		}
		if (recipients.isEmpty() && apple) {
			recipients.add(Addresses.bare(header(message, "from")));
			type = "opt-out";
		}
		if (recipients.isEmpty()) {
			String to = message.original().first("to");
			String address = Addresses.first(to);
			recipients.add((address != null) ? address : "undisclosed-recipients");
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient)
				.diagnostic(summary)
				.lastAttempt((report.first("arrival-date") != null) ? report.first("arrival-date")
						: report.first("received-date"))
				.reason("feedback")
				.feedbackType((type != null) ? type : "other")
				.build());
		}
		return new Reading(name(), DeliveryStatus.typed(report.first("reporting-mta")), deliveries);
	}

	private static String header(BounceMessage message, String name) {
		String value = message.headers().first(name);
		return (value != null) ? value : "";
	}

	// the first line of the report's words for people, which says what it reports
	private static String firstLine(String text) {
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				return line.strip();
			}
		}
		return null;
	}

}
