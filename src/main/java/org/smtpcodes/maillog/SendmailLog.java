package org.smtpcodes.maillog;

import java.util.function.Consumer;

/**
 * Sendmail's lines ({@code sendmail}, {@code sm-mta}, {@code sm-msp-queue}):
 * {@code QID: from=<s>, size=...} gives the sender;
 * {@code QID: to=<a>,<b>, ..., relay=...,
 * dsn=..., reply=..., stat=...} is one attempt for each recipient it lists
 * ({@code stat=Sent (...)}, {@code Deferred: ...}, or why it failed, with the remote
 * reply in {@code reply=} from 8.16 on); {@code QID: NEWQID: DSN: ...} makes NEWQID a
 * bounce or delay notice, from the null sender, and
 * {@code QID: NEWQID: DSN: Cannot send message for 5 days} gives up on the recipients
 * still deferred.
 */
final class SendmailLog implements ServerLog {

	static final String NAME = "sendmail";

	private final Recent<Queued> queue;

	SendmailLog(int maxMessages) {
		this.queue = new Recent<>(maxMessages);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean writes(String program) {
		return program.equals("sendmail") || program.equals("sm-mta") || program.equals("sm-msp-queue");
	}

	@Override
	public long forgotten() {
		return this.queue.forgotten();
	}

	@Override
	public void read(LogLine line, Consumer<Attempt> attempts) {
		String message = line.message();
		String queueId = ServerLog.queueId(message);
		if (queueId == null) {
			return;
		}
		int rest = queueId.length() + 2;
		if (message.startsWith("to=", rest)) {
			delivery(line, message, queueId, rest, attempts);
		}
		else if (message.startsWith("from=", rest)) {
			this.queue.computeIfAbsent(ServerLog.key(line, queueId), (id) -> new Queued()).sender = Fields
				.address(Fields.value(message, "from=", rest));
		}
		else {
			// QID: NEWQID: DSN: ...: NEWQID is the bounce or delay notice, sent from the
			// null sender; its own from= line is not logged
			String notice = ServerLog.queueId(message.substring(rest));
			if (notice != null && message.startsWith("DSN: ", rest + notice.length() + 2)) {
				this.queue.computeIfAbsent(ServerLog.key(line, notice), (id) -> new Queued()).sender = "";
			}
			if (message.indexOf(": DSN: Cannot send message", rest) >= 0) {
				Queued queued = this.queue.get(ServerLog.key(line, queueId));
				(queued != null ? queued : new Queued()).expired(line, NAME, queueId,
						message.substring(message.indexOf("DSN: ", rest) + 5), attempts);
				this.queue.remove(ServerLog.key(line, queueId));
			}
		}
	}

	private void delivery(LogLine line, String message, String queueId, int rest, Consumer<Attempt> attempts) {
		int statAt = message.lastIndexOf(", stat=");
		if (statAt < 0) {
			return;
		}
		String stat = message.substring(statAt + 7);
		Outcome outcome;
		if (stat.startsWith("Sent")) {
			outcome = Outcome.DELIVERED;
		}
		else if (stat.startsWith("Deferred")) {
			outcome = Outcome.DEFERRED;
		}
		else if (stat.startsWith("queued")) {
			// queued for later, not tried
			return;
		}
		else {
			outcome = Outcome.BOUNCED;
		}
		String dsn = Fields.value(message, "dsn=", rest);
		String reply = null;
		String replyCode = null;
		String enhancedCode = null;
		String diagnostic = null;
		int replyAt = Fields.find(message, "reply=", rest);
		if (replyAt >= 0 && replyAt < statAt) {
			// a reply can hold ", ": it runs to the stat= field, which is last
			reply = message.substring(replyAt + 6, statAt);
		}
		else if (outcome == Outcome.DELIVERED) {
			// "Sent (text)": Sendmail keeps the text of the 250 reply and drops its codes
			int open = stat.indexOf('(');
			reply = (open >= 0 && stat.endsWith(")")) ? stat.substring(open + 1, stat.length() - 1) : null;
			replyCode = (reply != null) ? "250" : null;
			enhancedCode = (reply != null) ? dsn : null;
		}
		else {
			String why = stat.startsWith("Deferred: ") ? stat.substring(10) : stat;
			if (Fields.codes(why)[0] != null) {
				reply = why;
			}
			else {
				diagnostic = why;
			}
		}
		if (replyCode == null) {
			String[] codes = Fields.codes(reply);
			replyCode = codes[0];
			enhancedCode = codes[1];
		}
		if (diagnostic == null && reply == null) {
			diagnostic = stat;
		}
		Queued queued = this.queue.computeIfAbsent(ServerLog.key(line, queueId), (id) -> new Queued());
		String host = Fields.host(Fields.value(message, "relay=", rest));
		String to = Fields.value(message, "to=", rest);
		int start = 0;
		while (start <= to.length()) {
			int comma = to.indexOf(',', start);
			int end = (comma >= 0) ? comma : to.length();
			String recipient = Fields.address(to.substring(start, end));
			if (!recipient.isEmpty()) {
				queued.attempted(recipient, outcome);
				attempts.accept(new Attempt(line, NAME, queueId, queued.sender, recipient, outcome, host, dsn,
						replyCode, enhancedCode, reply, diagnostic, null));
			}
			start = end + 1;
		}
	}

}
