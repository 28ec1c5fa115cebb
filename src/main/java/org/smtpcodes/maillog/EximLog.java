package org.smtpcodes.maillog;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Exim's main log: {@code QID <= sender} when a message arrives, then per recipient
 * {@code =>} (delivered; {@code ->} for further recipients of the same transaction),
 * {@code ==} (deferred), {@code **} (failed; {@code retry timeout exceeded} when Exim
 * gave up retrying), with the remote reply after
 * {@code SMTP error from remote mail server
 * after COMMAND: }. Multi-line replies are joined with the two characters {@code \n}.
 * Read from Exim's own file or from syslog.
 */
final class EximLog implements ServerLog {

	static final String NAME = "exim";

	private static final String SMTP_ERROR = "SMTP error from remote mail server after ";

	private static final String LMTP_ERROR = "LMTP error after ";

	private static final String RETRY_TIME_NOT_REACHED = "retry time not reached";

	private final Recent<String> senders;

	// the last failure of each address and of each domain's hosts
	private final Recent<Attempt> failures;

	EximLog(int maxMessages) {
		this.senders = new Recent<>(maxMessages);
		this.failures = new Recent<>(maxMessages);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean writes(String program) {
		return program.startsWith("exim");
	}

	@Override
	public long forgotten() {
		return this.senders.forgotten();
	}

	@Override
	public void read(LogLine line, Consumer<Attempt> attempts) {
		String message = line.message();
		int at = 0;
		// log_selector +pid
		if (message.startsWith("[")) {
			int close = message.indexOf("] ");
			at = (close > 0) ? close + 2 : 0;
		}
		int idEnd = message.indexOf(' ', at);
		if (idEnd < 0 || !isMessageId(message, at, idEnd) || message.length() < idEnd + 4
				|| message.charAt(idEnd + 3) != ' ') {
			return;
		}
		String queueId = message.substring(at, idEnd);
		String flag = message.substring(idEnd + 1, idEnd + 3);
		int addressStart = idEnd + 4;
		int addressEnd = message.indexOf(' ', addressStart);
		String address = message.substring(addressStart, (addressEnd >= 0) ? addressEnd : message.length());
		switch (flag) {
			case "<=" -> this.senders.put(ServerLog.key(line, queueId), "<>".equals(address) ? "" : address);
			case "=>", "->" -> delivered(line, message, queueId, address, addressEnd, attempts);
			case "==", "**" -> failed(line, message, queueId, address, addressStart, "**".equals(flag), attempts);
			default -> {
				// *> (a delivery suppressed by -N), and lines that are not about a
				// recipient
			}
		}
	}

	private void delivered(LogLine line, String message, String queueId, String address, int addressEnd,
			Consumer<Attempt> attempts) {
		String reply = Fields.quoted(message, "C");
		String[] codes = Fields.codes(reply);
		attempts.accept(new Attempt(line, NAME, queueId, this.senders.get(ServerLog.key(line, queueId)), address,
				Outcome.DELIVERED, remoteHost(message), null, codes[0], codes[1], reply, null, null));
	}

	private void failed(LogLine line, String message, String queueId, String address, int addressStart, boolean failed,
			Consumer<Attempt> attempts) {
		String recipient = address.endsWith(":") ? address.substring(0, address.length() - 1) : address;
		int colon = message.indexOf(": ", addressStart);
		String text = (colon >= 0) ? message.substring(colon + 2) : null;
		Outcome outcome = !failed ? Outcome.DEFERRED : (text != null
				&& (text.startsWith("retry timeout exceeded") || text.contains("have been failing for a long time")))
						? Outcome.EXPIRED : Outcome.BOUNCED;
		String reply = null;
		String command = null;
		int error = (text != null) ? text.indexOf(SMTP_ERROR) : -1;
		if (error < 0 && text != null) {
			error = text.indexOf(LMTP_ERROR);
			error = (error >= 0) ? error + LMTP_ERROR.length() : -1;
		}
		else if (error >= 0) {
			error += SMTP_ERROR.length();
		}
		if (error >= 0) {
			String after = text.substring(error);
			if (after.startsWith("pipelined ")) {
				after = after.substring(10);
			}
			command = command(after);
			int replyStart = after.indexOf(": ");
			if (replyStart >= 0) {
				reply = after.substring(replyStart + 2);
			}
		}
		String[] codes = Fields.codes(reply);
		String addressKey = ServerLog.key(line, recipient.toLowerCase(Locale.ROOT));
		String domainKey = ServerLog.key(line, "@" + waitedDomain(recipient, text));
		boolean waiting = outcome == Outcome.DEFERRED && text != null && text.startsWith(RETRY_TIME_NOT_REACHED);
		Attempt cause = null;
		if (waiting) {
			// no attempt: the retry time of the hosts (for any host for 'domain') or of
			// the
			// address (a routing defer) has not come, set by their last failure
			cause = this.failures.get(text.contains(" for any host") ? domainKey : addressKey);
			if (cause == null) {
				cause = this.failures.get(text.contains(" for any host") ? addressKey : domainKey);
			}
		}
		Attempt attempt = new Attempt(line, NAME, queueId, this.senders.get(ServerLog.key(line, queueId)), recipient,
				outcome, remoteHost(message), (reply == null) ? status(message, text) : null, codes[0], codes[1], reply,
				(reply == null) ? text : null, command, cause);
		if (!waiting && outcome != Outcome.EXPIRED) {
			Attempt kept = attempt.compact();
			this.failures.put(addressKey, kept);
			// a refusal of one recipient sets that address's retry time, not its hosts'
			if (!"RCPT TO".equals(command)) {
				this.failures.put(domainKey, kept);
			}
		}
		attempts.accept(attempt);
	}

	// the domain whose hosts are waited for: the one the line names (for any host for
	// 'example.net'), or the recipient's
	private static String waitedDomain(String recipient, String text) {
		int named = (text != null) ? text.lastIndexOf(" for '") : -1;
		if (named >= 0) {
			int end = text.indexOf('\'', named + 6);
			if (end > named + 6) {
				return text.substring(named + 6, end).toLowerCase(Locale.ROOT);
			}
		}
		String domain = Fields.domain(recipient);
		return (domain != null) ? domain : "";
	}

	// Exim logs no status code, but its error number says what failed when no server
	// replied, as Postfix's dsn= says it (RFC 3463): 111 connection refused, X.4.1 no
	// answer from host; a timeout at the connection the same, a timeout or a closed
	// connection during the conversation (-18) X.4.2 bad connection; -1 a host lookup
	// that
	// did not complete, X.4.3 directory server failure
	private static String status(String message, String text) {
		int at = message.indexOf(" defer (");
		if (at < 0) {
			return null;
		}
		int end = message.indexOf(')', at + 8);
		String number = (end > 0) ? message.substring(at + 8, end) : "";
		return switch (number) {
			case "111" -> "4.4.1";
			case "110" -> (text != null && text.contains("SMTP timeout")) ? "4.4.2" : "4.4.1";
			case "-18" -> "4.4.2";
			case "-1" -> "4.4.3";
			default -> null;
		};
	}

	private static String command(String after) {
		if (after.startsWith("RCPT TO")) {
			return "RCPT TO";
		}
		if (after.startsWith("MAIL FROM")) {
			return "MAIL FROM";
		}
		if (after.startsWith("end of data") || after.startsWith("DATA")) {
			return "DATA";
		}
		if (after.startsWith("initial connection")) {
			return "CONNECT";
		}
		if (after.startsWith("EHLO") || after.startsWith("HELO")) {
			return after.substring(0, 4);
		}
		return null;
	}

	// H=mx.example.net [192.0.2.1]
	private static String remoteHost(String message) {
		int at = Fields.find(message, "H=", 0);
		if (at < 0) {
			return null;
		}
		int end = message.indexOf(' ', at + 2);
		return Fields.host(message.substring(at + 2, (end >= 0) ? end : message.length()));
	}

	// 1xYlBG-0001eB-2V (up to 4.96), 1xYlBG-000000001eB-2VAB (4.97 on): base-62 parts
	// joined by hyphens
	private static boolean isMessageId(String message, int start, int end) {
		int length = end - start;
		if ((length != 16 && length != 23) || message.charAt(start + 6) != '-'
				|| message.charAt(start + ((length == 16) ? 13 : 18)) != '-') {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = message.charAt(i);
			if (!(c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
				return false;
			}
		}
		return true;
	}

}
