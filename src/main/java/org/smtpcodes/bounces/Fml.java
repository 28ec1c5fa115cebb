package org.smtpcodes.bounces;

import java.util.List;
import java.util.Locale;

/**
 * The notices of fml, a mailing list manager (X-MLServer: fml ..., from the list's -admin
 * address): the list refuses a post in words of its own, names the list in angle brackets
 * ("You are not a member of this mailing list &lt;list@example.org&gt;.", "Duplicated
 * Message-ID in &lt;list@example.org&gt;."), and returns the post after "Original mail as
 * follows:". The recipient is the list. A post refused because its sender is not a member
 * (or is listed as a spammer) is the list rejecting the sender: that is a reason fml
 * states itself, and no reply text would carry it.
 */
class Fml implements Format {

	private static final List<String> COPY = List.of("Original mail as follows:");

	// fml's sentences (and subjects) for a post it refuses because of who sent it
	private static final List<String> SENDER_REFUSED = List.of("You are not a member of this mailing list",
			"NOT MEMBER article from ", " are not member", "reject mail from ", "reject spammers:",
			"Spam mail from a spammer is rejected");

	@Override
	public String name() {
		return "fml";
	}

	@Override
	public Reading read(BounceMessage message) {
		String server = message.headers().first("x-mlserver");
		if (server == null || !server.toLowerCase(Locale.ROOT).startsWith("fml")) {
			return null;
		}
		String notice = BounceText.before(message.text(BounceMessage.Part.Kind.TEXT), COPY);
		for (String line : notice.split("\n")) {
			String list = BounceText.between(line, "<", ">");
			if (list == null || !Addresses.isAddress(list)) {
				continue;
			}
			Delivery.Builder delivery = Delivery.to(list).action("failed").diagnostic(line.strip());
			if (BounceText.containsAny(line, SENDER_REFUSED)
					|| BounceText.containsAny(message.subject(), SENDER_REFUSED)) {
				delivery.reason("rejected");
			}
			return new Reading(name(), null, List.of(delivery.build()));
		}
		return null;
	}

}
