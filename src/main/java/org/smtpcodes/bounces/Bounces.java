package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.explain.Decision;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Facts;

import org.springframework.stereotype.Component;

/**
 * Reads bounce messages: finds the format a message is in, reads what it says of each recipient, and has
 * the explain engine decide, from all of it, the reason, the bounce and the retry of each.
 */
@Component
public class Bounces {

	private final Formats formats;

	private final Explainer explainer;

	public Bounces(Explainer explainer) {
		this(new Formats(), explainer);
	}

	Bounces(Formats formats, Explainer explainer) {
		this.formats = formats;
		this.explainer = explainer;
	}

	/**
	 * The report of a message.
	 * @param message the message as read
	 * @param language one of the catalogue's languages
	 * @return the report
	 * @throws NotABounce when no format finds a delivery in it
	 */
	BounceReport report(BounceMessage message, String language) {
		Format.Reading reading = this.formats.read(message);
		if (reading == null || reading.deliveries().isEmpty()) {
			throw new NotABounce();
		}
		List<BounceReport.Recipient> recipients = new ArrayList<>();
		for (Delivery delivery : reading.deliveries()) {
			recipients.add(recipient(delivery, language));
		}
		return new BounceReport(reading.format(), reading.reportingMta(), original(message), recipients,
				message.problems());
	}

	private BounceReport.Recipient recipient(Delivery delivery, String language) {
		Facts facts = new Facts(delivery.diagnostic(), delivery.status(), delivery.replyCode(), delivery.command(),
				delivery.action(), delivery.diagnosticType(), delivery.remoteMta(), delivery.reason());
		Decision decision = this.explainer.decide(facts, language);
		return new BounceReport.Recipient(delivery.recipient(), delivery.originalRecipient(), delivery.action(),
				decision.status(), decision.replyCode(), delivery.diagnostic(), decision.command(), delivery.remoteMta(),
				delivery.lastAttempt(), delivery.feedbackType(), decision.reason(), decision.bounce(), decision.retry(),
				decision.action(), decision.provider(), codes(decision), decision.findings());
	}

	private static List<BounceReport.CodeLink> codes(Decision decision) {
		List<BounceReport.CodeLink> links = new ArrayList<>();
		CodeSummary reply = decision.replySummary();
		CodeSummary enhanced = decision.enhancedSummary();
		String compare = (reply != null && enhanced != null) ? "/compare?a=" + reply.code() + "&b=" + enhanced.code()
				: null;
		if (reply != null) {
			links.add(new BounceReport.CodeLink(reply.code(), reply.title(), reply.href(), compare));
		}
		if (enhanced != null) {
			links.add(new BounceReport.CodeLink(enhanced.code(), enhanced.title(), enhanced.href(), compare));
		}
		return links;
	}

	private static BounceReport.Original original(BounceMessage message) {
		BounceMessage.Headers headers = message.original();
		List<String> to = new ArrayList<>();
		for (String value : headers.all("to")) {
			to.addAll(Addresses.all(value, 100));
		}
		String from = headers.first("from");
		BounceReport.Original original = new BounceReport.Original(headers.first("message-id"),
				(from != null) ? Addresses.bare(from) : null, to, headers.first("subject"), headers.first("date"),
				headers.first("list-id"));
		return original.isEmpty() ? null : original;
	}

}
