package org.smtpcodes.maillog;

import java.util.function.Consumer;

/**
 * Postfix's lines: a delivery agent's ({@code smtp}, {@code lmtp}, {@code local},
 * {@code virtual}, {@code pipe}, {@code error}) {@code QID: to=<r>, relay=..., dsn=...,
 * status=sent|deferred|bounced (text)}, qmgr's {@code QID: from=<s>, ...} which gives the
 * sender, and qmgr's {@code QID: from=<s>, status=expired, returned to sender}, which
 * names no recipient and gives up on every one still deferred.
 */
final class PostfixLog implements ServerLog {

	static final String NAME = "postfix";

	private final Recent<Queued> queue;

	PostfixLog(int maxMessages) {
		this.queue = new Recent<>(maxMessages);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean writes(String program) {
		return program.startsWith("postfix");
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
		if (message.startsWith("to=<", rest)) {
			delivery(line, queueId, message, rest, attempts);
		}
		else if (message.startsWith("removed", rest)) {
			this.queue.remove(ServerLog.key(line, queueId));
		}
		else {
			String from = Fields.value(message, "from=", rest);
			if (from == null) {
				return;
			}
			Queued queued = this.queue.computeIfAbsent(ServerLog.key(line, queueId), (id) -> new Queued());
			queued.sender = Fields.address(from);
			String status = Fields.value(message, "status=", rest);
			if (status != null && status.startsWith("expired")) {
				queued.expired(line, NAME, queueId, message.substring(Fields.find(message, "status=", rest)), attempts);
			}
		}
	}

	private void delivery(LogLine line, String queueId, String message, int rest, Consumer<Attempt> attempts) {
		int statusAt = message.indexOf(", status=", rest);
		if (statusAt < 0) {
			return;
		}
		int wordStart = statusAt + 9;
		int wordEnd = message.indexOf(' ', wordStart);
		String word = message.substring(wordStart, (wordEnd >= 0) ? wordEnd : message.length());
		Outcome outcome = switch (word) {
			case "sent" -> Outcome.DELIVERED;
			case "deferred" -> Outcome.DEFERRED;
			case "bounced" -> Outcome.BOUNCED;
			case "expired" -> Outcome.EXPIRED;
			// deliverable, undeliverable: an address probe (sendmail -bv, address
			// verification), not a delivery
			default -> null;
		};
		if (outcome == null) {
			return;
		}
		String recipient = Fields.address(Fields.value(message, "to=", rest));
		String text = null;
		if (wordEnd >= 0 && message.startsWith(" (", wordEnd) && message.endsWith(")")) {
			text = message.substring(wordEnd + 2, message.length() - 1);
		}
		String reply = null;
		String command = null;
		int said = (text != null) ? text.indexOf(" said: ") : -1;
		int refused = (text != null) ? text.indexOf(" refused to talk to me: ") : -1;
		if (said >= 0) {
			reply = text.substring(said + 7);
			int inReplyTo = reply.lastIndexOf(" (in reply to ");
			if (inReplyTo >= 0 && reply.endsWith(" command)")) {
				command = command(reply.substring(inReplyTo + 14, reply.length() - 9));
				reply = reply.substring(0, inReplyTo);
			}
		}
		else if (refused >= 0) {
			reply = text.substring(refused + 24);
			command = "CONNECT";
		}
		else if (text != null && Fields.codes(text)[0] != null) {
			reply = text;
		}
		String[] codes = Fields.codes(reply);
		Queued queued = this.queue.computeIfAbsent(ServerLog.key(line, queueId), (id) -> new Queued());
		queued.attempted(recipient, outcome);
		attempts.accept(new Attempt(line, NAME, queueId, queued.sender, recipient, outcome,
				Fields.host(Fields.value(message, "relay=", rest)), Fields.value(message, "dsn=", rest), codes[0],
				codes[1], reply, (reply == null) ? text : null, command));
	}

	// "RCPT TO", "MAIL FROM", "end of DATA", "DATA" ...: the command's name
	private static String command(String words) {
		return words.startsWith("end of ") ? words.substring(7) : words;
	}

}
