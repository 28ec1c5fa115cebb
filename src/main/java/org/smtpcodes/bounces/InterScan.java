package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notices of Trend Micro InterScan Messaging Security Suite ("InterScan
 * Notification"): either a transcript of the refused exchange, "Sent &lt;&lt;&lt; RCPT
 * TO:&lt;bob@example.org&gt;" then "Received &gt;&gt;&gt; 550 5.1.1 ...", or its own
 * sentence "Unable to deliver message to &lt;bob@example.org&gt; (and other recipients in
 * the same domain)." with its advice.
 */
class InterScan implements Format {

	// InterScan's own sentence for a recipient its next hop refused as unknown
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("Please check if address is correct",
			"userunknown");

	private static final String SENT = "Sent <<< ";

	private static final String RECEIVED = "Received >>> ";

	private static final String UNABLE = "Unable to deliver message to <";

	private static final List<String> COMMANDS = List.of("HELO", "EHLO", "MAIL", "RCPT", "DATA");

	@Override
	public String name() {
		return "interscan";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		String from = String.valueOf(message.headers().first("from"));
		String type = String.valueOf(message.headers().first("content-type"));
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		if (!from.contains("InterScan") && !type.contains("InterScan") && !text.contains(" InterScan ")) {
			return null;
		}
		Map<String, Delivery.Builder> deliveries = new LinkedHashMap<>();
		Delivery.Builder current = null;
		for (String line : text.split("\n")) {
			String content = line.strip();
			if (content.startsWith(SENT)) {
				String sent = content.substring(SENT.length());
				String recipient = Addresses.first(sent);
				if (recipient != null && sent.toUpperCase(Locale.ROOT).startsWith("RCPT")) {
					current = deliveries.computeIfAbsent(recipient.toLowerCase(Locale.ROOT),
							(key) -> Delivery.to(recipient).action("failed"));
				}
				String verb = sent.toUpperCase(Locale.ROOT);
				verb = (verb.length() >= 4) ? verb.substring(0, 4) : verb;
				if (current != null && COMMANDS.contains(verb)) {
					current.command(verb);
				}
			}
			else if (content.startsWith(RECEIVED) && current != null) {
				current.diagnostic(content.substring(RECEIVED.length()));
			}
			else if (content.startsWith(UNABLE)) {
				String recipient = Addresses.bare(BounceText.between(content, "<", ">"));
				if (Addresses.isAddress(recipient)) {
					current = deliveries.computeIfAbsent(recipient.toLowerCase(Locale.ROOT),
							(key) -> Delivery.to(recipient).action("failed"));
					if (current.diagnostic() == null) {
						current.diagnostic(content);
					}
				}
			}
		}
		List<Delivery> read = new ArrayList<>();
		deliveries.values().forEach((delivery) -> read.add(delivery.build()));
		return read.isEmpty() ? null : new Reading(name(), null, read);
	}

}
