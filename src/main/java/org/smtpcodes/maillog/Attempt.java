package org.smtpcodes.maillog;

/**
 * One delivery attempt of one recipient, as a log line reports it.
 *
 * @param line the log line
 * @param format the format the line was read as ({@code postfix}, {@code exim} ...)
 * @param queueId the message's id in the server's queue, or null
 * @param sender the envelope sender, empty for a bounce or delay notice, or null when the
 * log does not say it
 * @param recipient the recipient, or null when the line names none
 * @param outcome what became of it
 * @param remoteHost the receiving server's host name, or null
 * @param dsn the status the sending server logged ({@code dsn=}), or for Exim, which logs
 * none, the one its error number stands for when no server replied; or null
 * @param replyCode the remote reply's code, or null
 * @param enhancedCode the remote reply's own enhanced status code, or null
 * @param reply the remote reply as the log shows it, or null when there was none
 * @param diagnostic the sending server's own words when there was no reply (connection
 * refused, a DNS failure, a timeout), or null
 * @param command the SMTP command that the reply answered ({@code CONNECT} for the
 * greeting), or null
 * @param cause the earlier failed attempt that this one waits out, when its line says no
 * cause of its own (Exim's {@code retry time not reached}: it did not try, because the
 * hosts or the address failed before and their retry time has not come), or null
 */
record Attempt(LogLine line, String format, String queueId, String sender, String recipient, Outcome outcome,
		String remoteHost, String dsn, String replyCode, String enhancedCode, String reply, String diagnostic,
		String command, Attempt cause) {

	/** An attempt whose line says its own cause. */
	Attempt(LogLine line, String format, String queueId, String sender, String recipient, Outcome outcome,
			String remoteHost, String dsn, String replyCode, String enhancedCode, String reply, String diagnostic,
			String command) {
		this(line, format, queueId, sender, recipient, outcome, remoteHost, dsn, replyCode, enhancedCode, reply,
				diagnostic, command, null);
	}

	/** The most characters of a line or a reply that a group's example keeps. */
	static final int KEPT = 512;

	/** The text that says what happened: the reply, or else the server's own words. */
	String said() {
		return (this.reply != null) ? this.reply : this.diagnostic;
	}

	/** The recipient's domain, in lower case, or null. */
	String recipientDomain() {
		return Fields.domain(this.recipient);
	}

	/** The sender's domain in lower case, {@code <>} for the null sender, or null. */
	String senderDomain() {
		if (this.sender == null) {
			return null;
		}
		return this.sender.isEmpty() ? "<>" : Fields.domain(this.sender);
	}

	/**
	 * The attempt as a group keeps it for its example: the line and the reply cut to
	 * {@value #KEPT} characters, so that a group costs little whatever the log's lines.
	 */
	Attempt compact() {
		LogLine kept = new LogLine(this.line.number(), cut(this.line.text()), this.line.time(), this.line.host(),
				this.line.program(), "");
		return new Attempt(kept, this.format, this.queueId, this.sender, this.recipient, this.outcome, this.remoteHost,
				this.dsn, this.replyCode, this.enhancedCode, cut(this.reply), cut(this.diagnostic), this.command,
				this.cause);
	}

	private static String cut(String text) {
		return (text == null || text.length() <= KEPT) ? text : text.substring(0, KEPT);
	}

}
