package org.smtpcodes.explain;

/**
 * What is known of one failed (or delivered) message to one recipient: the engine decides
 * the reason, the bounce and the retry from these. {@code /explain} knows only a text; a
 * bounce message or a log line may say more, and then the engine uses it. Fields that are
 * not known are null.
 *
 * @param text the remote server's reply or the reporting software's words about the
 * failure
 * @param status the enhanced status code that the report carries apart from the text (a
 * DSN's Status:)
 * @param replyCode the reply code that the report carries apart from the text
 * @param command the SMTP command after which the server refused (RCPT, DATA, MAIL, HELO,
 * EHLO ...)
 * @param action what the report says happened: failed, delayed, delivered, relayed,
 * expanded (a DSN's Action), or {@value #DEFERRED}
 * @param diagnosticType the type of the diagnostic (smtp, x-unix ...), in lower case
 * @param remoteHost the server that refused, when the report names it
 * @param reason a reason that the report states in its own way (an auto-reply is a
 * vacation, a feedback report a feedback), which the engine takes as it is
 * @param recipient the recipient's address, when the report names it (its domain may
 * identify the provider)
 * @param whole whether the facts come from a whole report (a bounce message, a log line)
 * rather than from a text cut out of one: a whole report names the SMTP command where the
 * server refused during the session, so that a command it does not name is one the server
 * did not refuse
 */
public record Facts(String text, String status, String replyCode, String command, String action, String diagnosticType,
		String remoteHost, String reason, String recipient, boolean whole) {

	/**
	 * The action of an attempt that a log reports as deferred: the message is still
	 * queued and will be tried again, so no words in its text make it expired, and it is
	 * a soft bounce at most.
	 */
	public static final String DEFERRED = "deferred";

	public Facts {
		text = (text != null) ? text : "";
	}

	/** What a text alone says: a reply, a multi-line reply, or a diagnostic line. */
	public static Facts of(String text) {
		return new Facts(text, null, null, null, null, null, null, null, null, false);
	}

}
