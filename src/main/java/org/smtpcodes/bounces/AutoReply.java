package org.smtpcodes.bounces;

import java.util.List;
import java.util.Locale;

/**
 * Automatic replies (RFC 3834): an out-of-office or vacation notice sent by the
 * recipient's mailbox after the message was delivered. The reply says so itself: an
 * {@code Auto-Submitted: auto-replied} field, or a subject such as "Auto:" or "Out of
 * Office", with no delivery report in it. The recipient is the address that replied.
 */
class AutoReply implements Format {

	// how mail software begins the subject of its automatic replies
	private static final List<String> SUBJECTS = List.of("auto:", "auto-reply", "auto reply", "autoreply",
			"automatic reply", "auto response", "autoresponse", "out of office", "out of the office", "vacation",
			"abwesenheitsnotiz", "réponse automatique", "respuesta automática", "自動応答", "不在");

	@Override
	public String name() {
		return "auto-reply";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (message.has(BounceMessage.Part.Kind.DELIVERY_STATUS)
				|| message.has(BounceMessage.Part.Kind.FEEDBACK_REPORT)) {
			return null;
		}
		String submitted = message.headers().first("auto-submitted");
		String subject = message.subject().strip().toLowerCase(Locale.ROOT);
		boolean replied = submitted != null && submitted.toLowerCase(Locale.ROOT).startsWith("auto-replied");
		boolean named = SUBJECTS.stream().anyMatch(subject::startsWith)
				|| message.headers().first("x-autoreply") != null || message.headers().first("x-autorespond") != null;
		if (!replied && !named) {
			return null;
		}
		String from = message.headers().first("from");
		String recipient = Addresses.first(from);
		if (recipient == null) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT).strip();
		String diagnostic = text.isEmpty() ? message.subject() : firstLines(text);
		return new Reading(name(), null,
				List.of(Delivery.to(recipient).diagnostic(diagnostic).reason("vacation").build()));
	}

	// the reply's first words, which say why the person is away
	private static String firstLines(String text) {
		StringBuilder words = new StringBuilder();
		for (String line : text.split("\n")) {
			if (line.isBlank()) {
				if (!words.isEmpty()) {
					break;
				}
				continue;
			}
			words.append((words.isEmpty()) ? "" : " ").append(line.strip());
			if (words.length() > 300) {
				break;
			}
		}
		return words.toString();
	}

}
