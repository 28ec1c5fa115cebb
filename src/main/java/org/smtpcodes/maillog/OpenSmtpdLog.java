package org.smtpcodes.maillog;

import java.util.function.Consumer;

/**
 * OpenSMTPD's lines ({@code smtpd}): {@code SESSION mta delivery evpid=E from=<s> to=<r>
 * ... relay="IP (name)" ... result="Ok|TempFail|PermFail|Loop" stat="..."} (and
 * {@code mda delivery} for local mailboxes), each line whole; and
 * {@code Expire for E: from=<s>, to=<r>, ..., stat=Envelope expired} when the queue gives
 * up. The message id is the first eight hex digits of the envelope id.
 */
final class OpenSmtpdLog implements ServerLog {

	static final String NAME = "opensmtpd";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean writes(String program) {
		return program.equals("smtpd") || program.equals("opensmtpd");
	}

	@Override
	public void read(LogLine line, Consumer<Attempt> attempts) {
		String message = line.message();
		int delivery = message.indexOf(" delivery evpid=");
		if (delivery >= 0) {
			delivery(line, message, delivery + 16, attempts);
			return;
		}
		int expire = message.indexOf("Expire for ");
		if (expire >= 0) {
			int idEnd = message.indexOf(':', expire + 11);
			if (idEnd < 0) {
				return;
			}
			String stat = Fields.value(message, "stat=", idEnd);
			attempts.accept(new Attempt(line, NAME, messageId(message.substring(expire + 11, idEnd)),
					sender(Fields.value(message, "from=", idEnd)), Fields.address(Fields.value(message, "to=", idEnd)),
					Outcome.EXPIRED, null, null, null, null, null, stat, null));
		}
	}

	private static void delivery(LogLine line, String message, int evpid, Consumer<Attempt> attempts) {
		String result = Fields.quoted(message, "result");
		Outcome outcome = (result == null) ? null : switch (result) {
			case "Ok" -> Outcome.DELIVERED;
			case "TempFail" -> Outcome.DEFERRED;
			case "PermFail", "Loop" -> Outcome.BOUNCED;
			default -> null;
		};
		if (outcome == null) {
			return;
		}
		int idEnd = message.indexOf(' ', evpid);
		String stat = null;
		int statAt = Fields.find(message, "stat=\"", evpid);
		if (statAt >= 0 && message.endsWith("\"") && message.length() > statAt + 6) {
			stat = message.substring(statAt + 6, message.length() - 1);
		}
		String[] codes = Fields.codes(stat);
		String reply = (codes[0] != null) ? stat : null;
		attempts.accept(new Attempt(line, NAME, messageId(message.substring(evpid, (idEnd >= 0) ? idEnd : evpid)),
				sender(word(message, "from=")), Fields.address(word(message, "to=")), outcome,
				Fields.host(Fields.quoted(message, "relay")), null, codes[0], codes[1], reply,
				(reply == null) ? stat : null, null));
	}

	// a field that runs to the next blank: from=<a@b>
	private static String word(String message, String key) {
		int at = Fields.find(message, key, 0);
		if (at < 0) {
			return null;
		}
		int end = message.indexOf(' ', at);
		String value = message.substring(at + key.length(), (end >= 0) ? end : message.length());
		return value.endsWith(",") ? value.substring(0, value.length() - 1) : value;
	}

	private static String sender(String from) {
		return (from == null) ? null : Fields.address(from);
	}

	private static String messageId(String evpid) {
		return (evpid.length() >= 8) ? evpid.substring(0, 8) : evpid;
	}

}
