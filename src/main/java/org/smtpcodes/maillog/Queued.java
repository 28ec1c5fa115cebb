package org.smtpcodes.maillog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A message in a sending server's queue, as its log lines tell it: the sender, and the
 * recipients whose last attempt was deferred, which an expiry line that names no
 * recipient (Postfix's {@code status=expired}, Sendmail's {@code Cannot send message})
 * gives up on.
 */
final class Queued {

	// a bound on what one message keeps: a message with more deferred recipients than
	// this expires as that many
	private static final int MAX_DEFERRED = 1000;

	String sender;

	private final Set<String> deferred = new LinkedHashSet<>();

	/** Keeps what an attempt tells of its recipient. */
	void attempted(String recipient, Outcome outcome) {
		if (recipient == null) {
			return;
		}
		if (outcome == Outcome.DEFERRED) {
			if (this.deferred.size() < MAX_DEFERRED) {
				this.deferred.add(recipient);
			}
		}
		else {
			this.deferred.remove(recipient);
		}
	}

	/**
	 * The message expired: an attempt for each recipient still deferred, or one without a
	 * recipient when the log named none.
	 */
	void expired(LogLine line, String format, String queueId, String diagnostic, Consumer<Attempt> attempts) {
		List<String> recipients = new ArrayList<>(this.deferred);
		this.deferred.clear();
		if (recipients.isEmpty()) {
			recipients.add(null);
		}
		for (String recipient : recipients) {
			attempts.accept(new Attempt(line, format, queueId, this.sender, recipient, Outcome.EXPIRED, null, null,
					null, null, null, diagnostic, null));
		}
	}

}
