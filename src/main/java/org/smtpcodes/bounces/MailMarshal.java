package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounces of Trustwave MailMarshal SMTP (Subject: Undeliverable Mail: "subject"):
 * "Your message:" with the returned message's sender and subject, "Could not be delivered
 * because of" and the remote reply, "The following recipients were affected:" and the
 * recipients, one to an indented line, then "Additional Information" with fields of its
 * own (Remote-MTA: &lt;address&gt; ...).
 */
class MailMarshal implements Format {

	private static final String BECAUSE = "Could not be delivered because of";

	private static final String AFFECTED = "The following recipients were affected:";

	@Override
	public String name() {
		return "mailmarshal";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!message.subject().startsWith("Undeliverable Mail: \"")) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int because = text.indexOf(BECAUSE);
		int affected = text.indexOf(AFFECTED);
		if (because < 0 || affected < because) {
			return null;
		}
		String reply = BounceText.sweep(text.substring(because + BECAUSE.length(), affected));
		String remoteMta = null;
		List<String> recipients = new ArrayList<>();
		boolean listing = true;
		for (String line : text.substring(affected + AFFECTED.length()).split("\n")) {
			String content = line.strip();
			if (listing && !content.isEmpty() && BounceText.indent(line) > 0 && Addresses.isAddress(content)) {
				recipients.add(content);
				continue;
			}
			if (!recipients.isEmpty() && !content.isEmpty()) {
				listing = false;
			}
			if (content.startsWith("Remote-MTA:")) {
				remoteMta = BounceText.between(content, "<", ">");
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(reply).remoteMta(remoteMta).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
