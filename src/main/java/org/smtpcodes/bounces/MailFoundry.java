package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of MailFoundry (Subject: Message delivery has failed; its Received field
 * says MAILFOUNDRY): "Unable to deliver message to: &lt;address&gt;", "Delivery failed
 * for the following reason:", then "Server mx.example.org[192.0.2.1] failed with: 550
 * ..." with the remote reply, or its own words.
 */
class MailFoundry implements Format {

	private static final String RECIPIENT = "Unable to deliver message to: ";

	private static final String REASON = "Delivery failed for the following reason:";

	private static final String FAILED_WITH = " failed with: ";

	@Override
	public String name() {
		return "mailfoundry";
	}

	@Override
	public Reading read(BounceMessage message) {
		boolean mailfoundry = message.headers()
			.all("received")
			.stream()
			.anyMatch((value) -> value.contains("(MAILFOUNDRY)"));
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		if (!mailfoundry || !text.contains(RECIPIENT)) {
			return null;
		}
		List<Delivery> deliveries = new ArrayList<>();
		Delivery.Builder delivery = null;
		boolean reason = false;
		for (String line : text.split("\n")) {
			if (line.startsWith(RECIPIENT)) {
				if (delivery != null) {
					deliveries.add(delivery.build());
				}
				String recipient = Addresses.bare(line.substring(RECIPIENT.length()));
				delivery = Addresses.isAddress(recipient) ? Delivery.to(recipient).action("failed") : null;
				reason = false;
			}
			else if (delivery != null && line.startsWith(REASON)) {
				reason = true;
			}
			else if (delivery != null && reason) {
				if (line.isBlank()) {
					reason = false;
					continue;
				}
				int failed = line.indexOf(FAILED_WITH);
				if (failed > 0 && line.startsWith("Server ")) {
					delivery.remoteMta(BounceText.host(line.substring("Server ".length(), failed)));
					delivery.moreDiagnostic(line.substring(failed + FAILED_WITH.length()));
				}
				else {
					delivery.moreDiagnostic(line);
				}
			}
		}
		if (delivery != null) {
			deliveries.add(delivery.build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
