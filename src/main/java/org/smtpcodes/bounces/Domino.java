package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of Lotus (later IBM, HCL) Domino: {@code Subject: DELIVERY FAILURE: ...}
 * (or {@code DELIVERY_FAILURE}), and a text in the same fixed sentences whatever the
 * language of the reason:
 *
 * <pre>
 * Your message
 *
 *   Subject: Test Bounce
 *
 * was not delivered to:
 *
 *   kijitora@example.jp
 *
 * because:
 *
 *   User some.name (kijitora@example.jp) not listed in Domino Directory
 * </pre>
 *
 * Newer Domino adds an RFC 3464 report (Diagnostic-Code of type X-Notes, Status 5.0.0):
 * its recipients are taken from there, with the text's reason for the diagnostic (the
 * same words, which the report folds in the middle of a word). Without a report, the text
 * is all there is.
 */
class Domino implements Format {

	// Domino's own words for an address its directory does not hold, in English and
	// Japanese
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("not listed in Domino Directory",
			"userunknown", "Domino ディレクトリには見つかりません", "userunknown");

	@Override
	public String name() {
		return "domino";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		String subject = message.subject();
		if (!subject.startsWith("DELIVERY FAILURE:") && !subject.contains("DELIVERY_FAILURE")) {
			return null;
		}
		List<Failure> failures = failures(message.text(BounceMessage.Part.Kind.TEXT));
		DeliveryStatus status = DeliveryStatus.parse(message.text(BounceMessage.Part.Kind.DELIVERY_STATUS));
		List<Delivery> deliveries = new ArrayList<>();
		if (!status.perRecipient().isEmpty()) {
			for (int i = 0; i < status.perRecipient().size(); i++) {
				Delivery.Builder delivery = Rfc3464.fromFields(status.perRecipient().get(i));
				if (delivery.recipient() == null) {
					continue;
				}
				if (failures.size() == status.perRecipient().size() && failures.get(i).reason() != null) {
					// the text's reason, as the report's Diagnostic-Code says it but
					// unbroken: Domino folds the field in the middle of a word
					delivery.diagnostic(failures.get(i).reason());
				}
				deliveries.add(delivery.build());
			}
		}
		else {
			for (Failure failure : failures) {
				deliveries.add(Delivery.to(failure.recipient()).action("failed").diagnostic(failure.reason()).build());
			}
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), DeliveryStatus.typed(status.perMessage().first("reporting-mta")), deliveries);
	}

	// each "was not delivered to:" with its address and the reason after "because:"
	private static List<Failure> failures(String text) {
		List<Failure> failures = new ArrayList<>();
		String recipient = null;
		StringBuilder reason = null;
		String expecting = null;
		for (String line : text.split("\n")) {
			String stripped = line.strip();
			if (stripped.equals("was not delivered to:")) {
				add(failures, recipient, reason);
				recipient = null;
				reason = null;
				expecting = "recipient";
				continue;
			}
			if (stripped.equals("because:")) {
				reason = new StringBuilder();
				expecting = "reason";
				continue;
			}
			if (expecting == null) {
				continue;
			}
			if (stripped.isEmpty()) {
				if (expecting.equals("reason") && !reason.isEmpty()) {
					expecting = null;
				}
				continue;
			}
			if (expecting.equals("recipient")) {
				String address = Addresses.bare(stripped);
				if (recipient == null && Addresses.isAddress(address)) {
					recipient = address;
				}
			}
			else {
				reason.append(reason.isEmpty() ? "" : " ").append(stripped);
			}
		}
		add(failures, recipient, reason);
		return failures;
	}

	private static void add(List<Failure> failures, String recipient, StringBuilder reason) {
		if (recipient != null) {
			failures.add(new Failure(recipient, (reason != null && !reason.isEmpty()) ? reason.toString() : null));
		}
	}

	/** A recipient the text names, with the reason after "because:". */
	private record Failure(String recipient, String reason) {
	}

}
