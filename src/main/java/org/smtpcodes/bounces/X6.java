package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smtpcodes.explain.SmtpCommand;

/**
 * The bounces of an MTA nobody has named (Sisimai's "X6"):
 * {@code Subject: There was an error sending your
 * mail}, and a text that gives each refusal in one sentence, the server's reply in
 * brackets at its end:
 *
 * <pre>
 * We had trouble delivering your message. Full details follow:
 *
 * SMTP Server &lt;mta.example.jp&gt; rejected recipient &lt;kijitora@example.jp&gt; (Error following RCPT command).
 * It responded as follows: [550 5.1.1 User unknown]
 * </pre>
 *
 * or, without a session, "The following recipients returned permanent errors:
 * kijitora@example.jp."
 */
class X6 implements Format {

	private static final String OPENING = "We had trouble delivering your message. Full details follow:";

	private static final String SERVER = "SMTP Server <";

	private static final String PERMANENT = "The following recipients returned permanent errors: ";

	@Override
	public String name() {
		return "x6";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!message.subject().startsWith("There was an error sending your mail")) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		int opening = text.indexOf(OPENING);
		if (opening < 0) {
			return null;
		}
		List<Delivery> deliveries = new ArrayList<>();
		String sentence = null;
		for (String line : text.substring(opening).split("\n")) {
			String stripped = line.strip();
			if (stripped.startsWith(SERVER) || stripped.startsWith(PERMANENT)) {
				add(deliveries, sentence);
				sentence = stripped;
			}
			else if (sentence != null && !stripped.isEmpty()) {
				// the sentence goes on on the next line
				sentence = sentence + " " + stripped;
			}
			else {
				add(deliveries, sentence);
				sentence = null;
			}
		}
		add(deliveries, sentence);
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

	private static void add(List<Delivery> deliveries, String sentence) {
		if (sentence == null) {
			return;
		}
		if (sentence.startsWith(PERMANENT)) {
			for (String recipient : Addresses.all(sentence.substring(PERMANENT.length()), 100)) {
				deliveries.add(Delivery.to(recipient).action("failed").diagnostic(sentence).build());
			}
			return;
		}
		// "SMTP Server <host> rejected recipient <address> (Error following RCPT
		// command). It responded as follows: [550 5.1.1 User unknown]"
		int hostEnd = sentence.indexOf('>', SERVER.length());
		int recipientAt = sentence.indexOf(" recipient <");
		int recipientEnd = (recipientAt >= 0) ? sentence.indexOf('>', recipientAt) : -1;
		if (hostEnd < 0 || recipientEnd < 0) {
			return;
		}
		String recipient = sentence.substring(recipientAt + " recipient <".length(), recipientEnd).strip();
		if (!Addresses.isAddress(recipient)) {
			return;
		}
		int open = sentence.indexOf("as follows: [");
		int close = (open >= 0) ? sentence.lastIndexOf(']') : -1;
		String reply = (close > open) ? sentence.substring(open + "as follows: [".length(), close) : sentence;
		deliveries.add(Delivery.to(recipient)
			.action("failed")
			.remoteMta(sentence.substring(SERVER.length(), hostEnd))
			.command(SmtpCommand.in(sentence.toLowerCase(Locale.ROOT)))
			.diagnostic(reply)
			.build());
	}

}
