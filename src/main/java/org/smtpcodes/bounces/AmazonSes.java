package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon SES notifications sent by email through Amazon SNS: the body is the
 * notification's JSON
 * ({@code {"notificationType":"Bounce","bounce":{...},"mail":{...}}}), or the SNS
 * envelope whose "Message" is that JSON as a string, followed by SNS's footer after a
 * "--" line. A Bounce lists its recipients with the fields of a delivery status report
 * (emailAddress, action, status, diagnosticCode); a Delivery lists the recipients and the
 * receiving server's reply (smtpResponse); a Complaint is a feedback report. SES's bounce
 * DSNs by email are RFC 3464 reports, read by {@link Rfc3464}.
 *
 * @see <a href=
 * "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html">Amazon SES
 * notification contents</a>
 */
class AmazonSes implements Format {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String name() {
		return "amazon-ses";
	}

	@Override
	public Reading read(BounceMessage message) {
		for (String text : BounceText.textParts(message)) {
			JsonNode notification = notification(text);
			if (notification != null) {
				return read(notification);
			}
		}
		return null;
	}

	// the notification in a text: the JSON object itself, or inside the "Message" of an
	// SNS envelope
	private static JsonNode notification(String text) {
		if (!text.contains("notificationType")) {
			return null;
		}
		int start = text.indexOf('{');
		int footer = text.indexOf("\n--\n");
		int end = text.lastIndexOf('}', (footer >= 0) ? footer : text.length());
		if (start < 0 || end < start) {
			return null;
		}
		try {
			JsonNode json = JSON.readTree(text.substring(start, end + 1));
			JsonNode inner = json.path("Message");
			if (inner.isString() && inner.stringValue().strip().startsWith("{")) {
				json = JSON.readTree(inner.stringValue());
			}
			return json.path("notificationType").isString() ? json : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private Reading read(JsonNode notification) {
		List<Delivery> deliveries = new ArrayList<>();
		String reportingMta = null;
		switch (notification.path("notificationType").stringValue()) {
			case "Bounce" -> {
				JsonNode bounce = notification.path("bounce");
				reportingMta = DeliveryStatus.typed(string(bounce, "reportingMTA"));
				String subType = string(bounce, "bounceSubType");
				// SES's own suppression lists: the address was not tried at all
				String reason = ("Suppressed".equals(subType) || "OnAccountSuppressionList".equals(subType))
						? "suppressed" : null;
				for (JsonNode recipient : bounce.path("bouncedRecipients")) {
					String diagnostic = string(recipient, "diagnosticCode");
					deliveries.add(Delivery.to(string(recipient, "emailAddress"))
						.action(string(recipient, "action"))
						.status(DeliveryStatus.status(string(recipient, "status")))
						.diagnostic(DeliveryStatus.typed(diagnostic))
						.diagnosticType(DeliveryStatus.type(diagnostic))
						.remoteMta(string(bounce, "remoteMtaIp"))
						.lastAttempt(string(bounce, "timestamp"))
						.reason(reason)
						.build());
				}
			}
			case "Delivery" -> {
				JsonNode delivery = notification.path("delivery");
				reportingMta = DeliveryStatus.typed(string(delivery, "reportingMTA"));
				for (JsonNode recipient : delivery.path("recipients")) {
					deliveries.add(Delivery.to(recipient.isString() ? recipient.stringValue() : null)
						.action("delivered")
						.diagnostic(string(delivery, "smtpResponse"))
						.diagnosticType("smtp")
						.remoteMta(string(delivery, "remoteMtaIp"))
						.lastAttempt(string(delivery, "timestamp"))
						.build());
				}
			}
			case "Complaint" -> {
				JsonNode complaint = notification.path("complaint");
				for (JsonNode recipient : complaint.path("complainedRecipients")) {
					deliveries.add(Delivery.to(string(recipient, "emailAddress"))
						.feedbackType(string(complaint, "complaintFeedbackType"))
						.lastAttempt(string(complaint, "timestamp"))
						.reason("feedback")
						.build());
				}
			}
			default -> {
				return null;
			}
		}
		deliveries.removeIf((delivery) -> delivery.recipient() == null);
		return deliveries.isEmpty() ? null : new Reading(name(), reportingMta, deliveries);
	}

	private static String string(JsonNode node, String name) {
		JsonNode value = node.path(name);
		return value.isString() ? value.stringValue() : null;
	}

}
