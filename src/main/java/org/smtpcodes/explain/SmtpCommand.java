package org.smtpcodes.explain;

import java.util.List;

/**
 * The SMTP command after which a server refused, when the text says: the wrappers of mail
 * software name it (Postfix's "in reply to RCPT TO command", Exim's "after end of data",
 * qmail's and others' "did not like our RCPT TO"). Found with {@code indexOf} in the
 * lower-cased text: linear in its length.
 */
public final class SmtpCommand {

	private record Phrase(String text, String command) {
	}

	private static final List<Phrase> PHRASES = List.of(new Phrase("in reply to rcpt to command", "RCPT"),
			new Phrase("after rcpt to:", "RCPT"), new Phrase("did not like our rcpt to", "RCPT"),
			new Phrase("error following rcpt command", "RCPT"), new Phrase("most progress was rcpt to", "RCPT"),
			new Phrase("in reply to end of data command", "DATA"), new Phrase("in reply to data command", "DATA"),
			new Phrase("after end of data", "DATA"), new Phrase("after data:", "DATA"),
			new Phrase("did not like our final data", "DATA"), new Phrase("did not like our data", "DATA"),
			new Phrase("in reply to mail from command", "MAIL"), new Phrase("after mail from:", "MAIL"),
			new Phrase("did not like our mail from", "MAIL"), new Phrase("error following mail command", "MAIL"),
			new Phrase("in reply to ehlo command", "EHLO"), new Phrase("in reply to helo command", "HELO"),
			new Phrase("after ehlo ", "EHLO"), new Phrase("after helo ", "HELO"),
			new Phrase("after initial connection", "CONNECT"), new Phrase("refused to talk to me", "CONNECT"),
			new Phrase("in reply to starttls command", "STARTTLS"), new Phrase("after starttls:", "STARTTLS"));

	private SmtpCommand() {
	}

	/**
	 * The command named first in a text.
	 * @param lowerCase the text in lower case
	 * @return {@code CONNECT}, {@code EHLO}, {@code HELO}, {@code STARTTLS},
	 * {@code MAIL}, {@code RCPT} or {@code DATA}; null when the text names none
	 */
	public static String in(String lowerCase) {
		String command = null;
		int first = Integer.MAX_VALUE;
		for (Phrase phrase : PHRASES) {
			int at = lowerCase.indexOf(phrase.text());
			if (at >= 0 && at < first) {
				first = at;
				command = phrase.command();
			}
		}
		return command;
	}

}
