package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of au (KDDI)'s mobile mail, EZweb ({@code Postmaster@ezweb.ne.jp},
 * {@code Postmaster@au.com}, "Mail System Error - Returned Mail"): a few sentences in
 * Japanese (ISO-2022-JP), the same in English ("Each of the following recipients was
 * rejected by a remote mail server.", "The user(s) account is disabled." ...), then per
 * recipient either {@code Recipient: <address>} with the session
 * ({@code >>> RCPT TO:<...>}, {@code <<< 550 ...}) or {@code <address>: 550 ...}; the
 * returned message follows a line of dashes or is attached. Mail that au's filter for
 * unwanted mail refused carries {@code X-SPASIGN: NG}: the recipient's own filter
 * settings refused it, which no reply text says.
 */
class Ezweb implements Format {

	private static final String DASHES = "--------------------------------------------------";

	@Override
	public String name() {
		return "ezweb";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (signs(message.headers()) < 2) {
			return null;
		}
		List<String> general = new ArrayList<>();
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<List<String>> replies = new ArrayList<>();
		List<String> specific = null;
		Delivery.Builder current = null;
		for (String text : BounceText.textParts(message)) {
			for (String line : BounceText.lines(BounceText.beforeLine(text, DASHES))) {
				String stripped = line.strip();
				String recipient = (stripped.startsWith("<<<") || stripped.startsWith(">>>")) ? null
						: recipient(stripped);
				if (recipient != null) {
					current = Delivery.to(recipient).action("failed");
					deliveries.add(current);
					specific = new ArrayList<>();
					replies.add(specific);
					int close = stripped.indexOf('>', stripped.indexOf('@'));
					String rest = stripped.substring(close + 1).strip();
					if (rest.startsWith(":")) {
						specific.add(rest.substring(1));
					}
				}
				else if (stripped.startsWith(">>> ") && current != null) {
					current.command(command(stripped.substring(4)));
				}
				else if (stripped.startsWith("<<< ") && current != null) {
					specific.add(stripped.substring(4));
				}
				else if (!stripped.isEmpty() && isAscii(stripped) && !stripped.startsWith("This message is in MIME")) {
					// au's own sentences in English; the Japanese ones say the same
					general.add(stripped);
				}
			}
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		for (int i = 0; i < deliveries.size(); i++) {
			// the reply first (its codes are the reply's), then au's sentences, which may
			// say more (a disabled account, a quota)
			List<String> words = new ArrayList<>(replies.get(i));
			words.addAll(general);
			deliveries.get(i).diagnostic(BounceText.joined(words));
		}
		String spasign = message.headers().first("x-spasign");
		String reason = (spasign != null && spasign.strip().equalsIgnoreCase("NG")) ? "filtered" : null;
		return new Reading(name(), null,
				deliveries.stream().map((delivery) -> delivery.reason(reason).build()).toList());
	}

	// au's header fields: its sender, its subject, its servers in Received and Message-ID
	private static int signs(BounceMessage.Headers headers) {
		int signs = 0;
		String from = lower(headers.first("from"));
		if (from.contains("postmaster@ezweb.ne.jp") || from.contains("postmaster@au.com")) {
			signs++;
		}
		if ("Mail System Error - Returned Mail".equals(headers.first("subject"))) {
			signs++;
		}
		for (String received : headers.all("received")) {
			if (received.contains("(EZweb Mail) with") || received.contains(".au.com (")) {
				signs++;
				break;
			}
		}
		String messageId = lower(headers.first("message-id"));
		if (messageId.endsWith(".ezweb.ne.jp>") || messageId.endsWith(".au.com>")) {
			signs++;
		}
		return signs;
	}

	// "Recipient: <kijitora@ezweb.ne.jp>" or "<kijitora@ezweb.ne.jp>" with or without the
	// reply after it
	private static String recipient(String line) {
		String rest = line.startsWith("Recipient:") ? line.substring("Recipient:".length()).strip() : line;
		if (!rest.startsWith("<")) {
			return null;
		}
		int close = rest.indexOf('>');
		String address = (close > 0) ? rest.substring(1, close) : null;
		return (address != null && address.indexOf(' ') < 0 && address.indexOf('<') < 0 && Addresses.isAddress(address))
				? address : null;
	}

	private static String command(String sent) {
		String upperCase = sent.toUpperCase(Locale.ROOT);
		for (String command : new String[] { "RCPT", "MAIL", "DATA", "EHLO", "HELO", "STARTTLS" }) {
			if (upperCase.startsWith(command)) {
				return command;
			}
		}
		return null;
	}

	private static boolean isAscii(String line) {
		for (int i = 0; i < line.length(); i++) {
			if (line.charAt(i) > '~') {
				return false;
			}
		}
		return true;
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : "";
	}

}
