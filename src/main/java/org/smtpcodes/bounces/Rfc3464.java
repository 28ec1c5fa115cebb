package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 3464 delivery status notifications: a multipart/report with a
 * message/delivery-status part (or, in a message that breaks MIME, the same fields in its
 * text), one group of fields per recipient. The SMTP command after which a server refused
 * is not a field of the report; where the report's text for people names it for a
 * recipient ("in reply to RCPT TO command"), it is taken from there.
 */
class Rfc3464 implements Format {

	@Override
	public String name() {
		return "rfc3464";
	}

	@Override
	public Reading read(BounceMessage message) {
		String report = message.text(BounceMessage.Part.Kind.DELIVERY_STATUS);
		if (report.isBlank()) {
			report = message.text(BounceMessage.Part.Kind.TEXT);
		}
		DeliveryStatus status = DeliveryStatus.parse(report);
		if (status.perRecipient().isEmpty()) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		List<Delivery> deliveries = new ArrayList<>();
		for (BounceMessage.Headers fields : status.perRecipient()) {
			Delivery.Builder delivery = fromFields(fields);
			if (delivery.recipient() == null) {
				continue;
			}
			if (delivery.command() == null) {
				delivery.command(Commands.forRecipient(text, delivery.recipient()));
			}
			if (delivery.diagnostic() == null) {
				// no Diagnostic-Code: the words of the Status field's comment, or those
				// of the text for people about this recipient ("Your message wasn't
				// delivered to x because the address couldn't be found")
				String comment = DeliveryStatus.comment(fields.first("status"));
				delivery.diagnostic((comment != null) ? comment : Paragraphs.about(text, delivery.recipient()));
			}
			deliveries.add(delivery.build());
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), DeliveryStatus.typed(status.perMessage().first("reporting-mta")), deliveries);
	}

	/** A recipient's delivery from its group of report fields. */
	static Delivery.Builder fromFields(BounceMessage.Headers fields) {
		String finalRecipient = DeliveryStatus.address(fields.first("final-recipient"));
		String originalRecipient = DeliveryStatus.address(fields.first("original-recipient"));
		String diagnostic = fields.first("diagnostic-code");
		return Delivery.to((finalRecipient != null) ? finalRecipient : originalRecipient)
			.originalRecipient(originalRecipient)
			.action(fields.first("action"))
			.status(DeliveryStatus.status(fields.first("status")))
			.diagnostic(DeliveryStatus.typed(diagnostic))
			.diagnosticType(DeliveryStatus.type(diagnostic))
			.remoteMta(DeliveryStatus.typed(fields.first("remote-mta")))
			.lastAttempt(fields.first("last-attempt-date"));
	}

}
