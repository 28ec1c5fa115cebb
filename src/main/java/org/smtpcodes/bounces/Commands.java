package org.smtpcodes.bounces;

import java.util.Locale;

import org.smtpcodes.explain.SmtpCommand;

/**
 * The SMTP command after which a server refused a recipient, where a bounce's text for
 * people names it ("in reply to RCPT TO command", "after end of data") beside the
 * recipient's address.
 */
final class Commands {

	// how far past a recipient's address its explanation may run
	private static final int WINDOW = 2000;

	private Commands() {
	}

	/**
	 * The command named in the paragraph of a text that is about a recipient.
	 * @param text the bounce's text for people
	 * @param recipient the recipient's address
	 * @return the command, or null when the text names none beside the address
	 */
	static String forRecipient(String text, String recipient) {
		if (text == null || recipient == null || text.isEmpty()) {
			return null;
		}
		String lowerCase = text.toLowerCase(Locale.ROOT);
		String address = recipient.toLowerCase(Locale.ROOT);
		int from = 0;
		int at;
		while ((at = lowerCase.indexOf(address, from)) >= 0) {
			int end = lowerCase.indexOf("\n\n", at);
			end = Math.min((end < 0) ? lowerCase.length() : end, at + WINDOW);
			String command = SmtpCommand.in(lowerCase.substring(at, Math.min(end, lowerCase.length())));
			if (command != null) {
				return command;
			}
			from = at + address.length();
		}
		return null;
	}

}
