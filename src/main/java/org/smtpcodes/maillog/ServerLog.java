package org.smtpcodes.maillog;

import java.util.function.Consumer;

/**
 * The lines one mail server writes. A reader keeps what it needs to join the lines of one
 * message (the sender of a queue id), bounded, so one is made for each log.
 */
interface ServerLog {

	/** The format's name in answers: {@code postfix}, {@code exim} ... */
	String name();

	/** Whether lines of this program are this server's. */
	boolean writes(String program);

	/**
	 * Reads one of its lines.
	 * @param line the line
	 * @param attempts takes each delivery attempt the line reports
	 */
	void read(LogLine line, Consumer<Attempt> attempts);

	/**
	 * How many messages were forgotten to keep memory bounded: none for a reader that
	 * keeps none.
	 */
	default long forgotten() {
		return 0;
	}

	/**
	 * The queue id a message starts with ({@code 5B53520E162: ...}), or null.
	 */
	static String queueId(String message) {
		int colon = message.indexOf(": ");
		if (colon < 5 || colon > 24) {
			return null;
		}
		for (int i = 0; i < colon; i++) {
			char c = message.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
				return null;
			}
		}
		return message.substring(0, colon);
	}

	/**
	 * What a reader keeps a message under: its queue id, with the host that logged it, so
	 * that the logs of several hosts mixed in one, whose queue ids may repeat, stay
	 * apart.
	 */
	static String key(LogLine line, String queueId) {
		return (line.host() != null) ? line.host() + ' ' + queueId : queueId;
	}

}
