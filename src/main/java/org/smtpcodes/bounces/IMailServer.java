package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of Ipswitch (now Progress) IMail Server, whose mailer calls itself SMTP32
 * ({@code X-Mailer: <SMTP32 v8.22>}, {@code Subject: Undeliverable Mail}): plain text
 * above "Original message follows.", one line per recipient in one of two shapes:
 *
 * <pre>
 * Unknown user: kijitora@example.com
 * User mailbox exceeds allowed size: kijitora@example.com
 *
 * undeliverable to kijitora@example.com
 * Body of message generated response:
 * 550-REJECTED - Blacklisted URL in message. ...
 * 550 ...
 * </pre>
 *
 * In the first, IMail's own sentence before the address is the diagnostic; in the second,
 * the remote server's reply after "Body of message generated response:".
 */
class IMailServer implements Format {

	// IMail's own sentences for a local address it does not have
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("Invalid final delivery userid",
			"userunknown", "Unknown user", "userunknown");

	private static final String RESPONSE = "Body of message generated response:";

	@Override
	public String name() {
		return "imailserver";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		String mailer = message.headers().first("x-mailer");
		if (!message.subject().strip().equals("Undeliverable Mail")
				&& (mailer == null || !mailer.startsWith("<SMTP32 v"))) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		if (!text.contains("Original message follows.") && !text.contains(RESPONSE)) {
			return null;
		}
		List<Delivery.Builder> deliveries = new ArrayList<>();
		StringBuilder response = new StringBuilder();
		boolean inResponse = false;
		for (String line : text.split("\n")) {
			String stripped = line.strip();
			if (stripped.equals("Original message follows.")) {
				break;
			}
			if (stripped.startsWith(RESPONSE)) {
				inResponse = true;
				continue;
			}
			if (inResponse) {
				// the remote server's reply, line by line, up to the blank line after it
				if (stripped.isEmpty() && !response.isEmpty()) {
					inResponse = false;
				}
				else if (!stripped.isEmpty()) {
					response.append(response.isEmpty() ? "" : " ").append(stripped);
				}
				continue;
			}
			if (stripped.toLowerCase(Locale.ROOT).startsWith("undeliverable to ")) {
				String recipient = Addresses.first(stripped);
				if (recipient != null) {
					deliveries.add(Delivery.to(recipient).action("failed"));
				}
				continue;
			}
			int colon = stripped.lastIndexOf(": ");
			if (colon > 8) {
				String sentence = stripped.substring(0, colon);
				String address = Addresses.bare(stripped.substring(colon + 2));
				if (sentence.indexOf(' ') > 0 && sentence.indexOf('@') < 0 && Addresses.isAddress(address)) {
					// "Unknown user: kijitora@example.com": IMail's sentence, then the
					// address
					deliveries.add(Delivery.to(address).action("failed").diagnostic(sentence));
				}
			}
		}
		List<Delivery> built = new ArrayList<>();
		for (Delivery.Builder delivery : deliveries) {
			if (delivery.diagnostic() == null && !response.isEmpty()) {
				delivery.diagnostic(response.toString());
			}
			built.add(delivery.build());
		}
		return built.isEmpty() ? null : new Reading(name(), null, built);
	}

}
