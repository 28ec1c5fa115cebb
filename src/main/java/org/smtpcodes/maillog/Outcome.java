package org.smtpcodes.maillog;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of one delivery attempt, as the log says it. */
enum Outcome {

	/** The receiving server accepted the message. */
	DELIVERED,

	/** The attempt failed for now; the message stays queued and is tried again. */
	DEFERRED,

	/** The attempt failed for good; the message goes back to its sender. */
	BOUNCED,

	/** The message stayed queued for as long as the server keeps it, and goes back. */
	EXPIRED;

	/** Its name in answers: {@code delivered}, {@code deferred} ... */
	@JsonValue
	String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
