package org.smtpcodes.maillog;

import org.smtpcodes.codes.CodeDocument;

/**
 * One line of the {@code application/x-ndjson} answer: one delivery attempt, explained.
 *
 * @param line the log line's number
 * @param time its time, as the log writes it
 * @param host the host that logged it
 * @param format the format it was read as
 * @param queueId the message's queue id
 * @param sender the envelope sender, {@code <>} for a bounce or delay notice
 * @param recipient the recipient
 * @param outcome {@code delivered}, {@code deferred}, {@code bounced} or {@code expired}
 * @param remoteHost the receiving server
 * @param dsn the status the sending server logged (for Exim, the one its error number
 * stands for)
 * @param replyCode the remote reply's code
 * @param enhancedCode the remote reply's enhanced status code
 * @param reply the remote reply, as logged
 * @param diagnostic the sending server's own words when there was no reply
 * @param command the SMTP command the reply answered
 * @param causeLine the line of the earlier failure that this attempt waits out, when its
 * own line says no cause (Exim's {@code retry time not reached}); its reason, bounce and
 * retry are that failure's
 * @param reason the reason class (one of {@code GET /reasons})
 * @param bounce {@code hard}, {@code soft} or {@code none}
 * @param retry whether the attempt may succeed later, and what to do
 * @param provider the mail provider
 */
record AttemptLine(long line, String time, String host, String format, String queueId, String sender, String recipient,
		Outcome outcome, String remoteHost, String dsn, String replyCode, String enhancedCode, String reply,
		String diagnostic, String command, Long causeLine, String reason, String bounce, CodeDocument.Retry retry,
		String provider) {
}
