package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of Digital Arts m-FILTER (X-Mailer: m-FILTER), in Japanese: the addresses
 * it could not send to, each alone on a line, then sections under fixed headings:
 * "-------server message" (the remote reply), "-------SMTP command" (the command it
 * answered), "-------original message".
 */
class MFilter implements Format {

	private static final String SERVER_MESSAGE = "-------server message";

	private static final String SMTP_COMMAND = "-------SMTP command";

	private static final List<String> COPY = List.of("-------original message", "-------original mail info");

	private static final List<String> COMMANDS = List.of("CONNECT", "HELO", "EHLO", "STARTTLS", "MAIL", "RCPT", "DATA");

	@Override
	public String name() {
		return "mfilter";
	}

	@Override
	public Reading read(BounceMessage message) {
		String mailer = message.headers().first("x-mailer");
		if (mailer == null || !mailer.strip().equalsIgnoreCase("m-FILTER")) {
			return null;
		}
		String notice = BounceText.before(message.text(BounceMessage.Part.Kind.TEXT), COPY);
		List<String> recipients = new ArrayList<>();
		String reply = null;
		String command = null;
		String section = null;
		for (String line : notice.split("\n")) {
			String content = line.strip();
			if (content.isEmpty()) {
				continue;
			}
			if (content.startsWith("-------")) {
				section = content;
				continue;
			}
			if (SERVER_MESSAGE.equals(section)) {
				reply = (reply == null) ? content : reply;
			}
			else if (SMTP_COMMAND.equals(section)) {
				String word = content.toUpperCase(Locale.ROOT);
				int space = word.indexOf(' ');
				word = (space > 0) ? word.substring(0, space) : word;
				if (command == null && COMMANDS.contains(word)) {
					command = word;
				}
			}
			else if (section == null && content.indexOf(' ') < 0 && Addresses.isAddress(content)) {
				recipients.add(content);
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(reply).command(command).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
