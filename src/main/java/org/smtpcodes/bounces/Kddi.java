package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of KDDI's au one net and DION ({@code no-reply@...dion.ne.jp}, Reply-To
 * {@code no-reply@app.auone-net.jp}): "Your mail sent on: date" (or "Your mail attempted
 * to be delivered on:"), then, indented, "Could not be delivered to: <address>" and
 * KDDI's sentence for the cause ("As their mailbox is full.", "As the remote domain
 * doesnt exist.", "Due to the following SMTP relay error" and the reply); the returned
 * message is attached as message/rfc822.
 */
class Kddi implements Format {

	private static final String DELIVERED_TO = "Could not be delivered to:";

	@Override
	public String name() {
		return "kddi";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!isKddi(message.headers())) {
			return null;
		}
		String text = BounceText.partWithLine(message, "Your mail sent on:", "Your mail attempted to be delivered on:");
		if (text == null) {
			return null;
		}
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Delivery.Builder current = null;
		for (String line : BounceText.lines(text)) {
			String stripped = line.strip();
			if (stripped.startsWith(DELIVERED_TO)) {
				finish(current, words);
				String address = Addresses.bare(stripped.substring(DELIVERED_TO.length()));
				current = Addresses.isAddress(address) ? Delivery.to(address).action("failed") : null;
				if (current != null) {
					deliveries.add(current);
				}
			}
			else if (stripped.startsWith("Your mail ")) {
				finish(current, words);
				current = null;
			}
			else if (current != null && !stripped.isEmpty()) {
				words.add(stripped);
			}
		}
		finish(current, words);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries.stream().map(Delivery.Builder::build).toList());
	}

	private static boolean isKddi(BounceMessage.Headers headers) {
		String from = lower(headers.first("from"));
		if (from.contains(".dion.ne.jp") || lower(headers.first("reply-to")).contains("@app.auone-net.jp")) {
			return true;
		}
		for (String received : headers.all("received")) {
			if (received.contains("ezweb.ne.jp (") || received.contains(".au.com (")
					|| received.contains("auone-net.jp")) {
				return true;
			}
		}
		return false;
	}

	private static void finish(Delivery.Builder delivery, List<String> words) {
		if (delivery != null) {
			delivery.diagnostic(BounceText.joined(words));
		}
		words.clear();
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : "";
	}

}
