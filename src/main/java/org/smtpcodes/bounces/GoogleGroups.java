package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Google Groups refusing a post: a notice from {@code mailer-daemon@googlemail.com} with
 * the group's address in X-Failed-Recipients, written in the sender's language, saying
 * that the group (named in brackets: "(name)", "（name）", "「name」") may not exist or that
 * the sender may not post to it, with a list of likely causes, signed "Google Groups".
 * The diagnostic is the paragraph that names the group; the engine's rules know those
 * sentences.
 */
class GoogleGroups implements Format {

	@Override
	public String name() {
		return "google-groups";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!Gmail.isGoogleDaemon(message.headers())) {
			return null;
		}
		List<String> recipients = BounceText.addresses(message.headers(), "x-failed-recipients");
		if (recipients.isEmpty()) {
			return null;
		}
		String text = null;
		for (String part : BounceText.textParts(message)) {
			if (part.contains("groups.google.com") || part.contains("Google Groups")) {
				text = part;
				break;
			}
		}
		if (text == null) {
			return null;
		}
		List<String> paragraphs = paragraphs(BounceText.beforeLine(text, "----- Original message -----"));
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(naming(paragraphs, recipient)).build());
		}
		return new Reading(name(), null, deliveries);
	}

	// the paragraph that names the group (the local part of its address), else the one
	// after the greeting
	private static String naming(List<String> paragraphs, String recipient) {
		String group = recipient.substring(0, recipient.indexOf('@')).toLowerCase(Locale.ROOT);
		// a local part is at most 64 characters (RFC 5321); a longer one is not looked
		// for
		for (String paragraph : (group.length() <= 64) ? paragraphs : List.<String>of()) {
			String lowerCase = paragraph.toLowerCase(Locale.ROOT);
			int at = lowerCase.indexOf(group);
			while (at >= 0) {
				char before = (at > 0) ? lowerCase.charAt(at - 1) : ' ';
				if (before == '(' || before == '（' || before == '「') {
					return paragraph;
				}
				at = lowerCase.indexOf(group, at + 1);
			}
		}
		return (paragraphs.size() > 1) ? paragraphs.get(1) : paragraphs.isEmpty() ? null : paragraphs.get(0);
	}

	private static List<String> paragraphs(String text) {
		List<String> paragraphs = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : BounceText.lines(text)) {
			if (line.isBlank()) {
				if (!current.isEmpty()) {
					paragraphs.add(BounceText.joined(current));
					current.clear();
				}
			}
			else {
				current.add(line);
			}
		}
		if (!current.isEmpty()) {
			paragraphs.add(BounceText.joined(current));
		}
		return paragraphs;
	}

}
