package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * OpenSMTPD's bounces (smtpd/bounce.c): a notice indented by four spaces, "This is the
 * MAILER-DAEMON, please DO NOT REPLY to this e-mail.", then one line per recipient, not
 * indented:
 *
 * <pre>
 * bob@example.org: 550 5.1.1 &lt;bob@example.org&gt;... User unknown
 * </pre>
 *
 * the remote server's reply or OpenSMTPD's own words ("Domain does not exist", "Envelope
 * expired"), then "Below is a copy of the original message:". A warning ("A message is
 * delayed for more than ...") reports recipients it still tries. Newer versions add an
 * RFC 3464 report, whose Status and Action are taken too.
 */
class OpenSmtpd implements Format {

	private static final String INTRODUCTION = "This is the MAILER-DAEMON, please DO NOT REPLY to this";

	private static final List<String> COPY = List.of("    Below is a copy of the original message:",
			"Below is a copy of the original message:");

	@Override
	public String name() {
		return "opensmtpd";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		String notice = BounceText.before(text, COPY);
		int introduction = notice.indexOf(INTRODUCTION);
		if (introduction < 0) {
			return null;
		}
		String action = notice.contains("A message is delayed for more than") ? "delayed" : "failed";
		Map<String, BounceMessage.Headers> report = new LinkedHashMap<>();
		DeliveryStatus status = DeliveryStatus.parse(message.text(BounceMessage.Part.Kind.DELIVERY_STATUS));
		for (BounceMessage.Headers fields : status.perRecipient()) {
			String recipient = DeliveryStatus.address(fields.first("final-recipient"));
			if (recipient != null) {
				report.putIfAbsent(recipient.toLowerCase(Locale.ROOT), fields);
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		for (String line : notice.substring(introduction).split("\n")) {
			// the recipients' lines are the notice's only lines that are not indented
			if (line.isEmpty() || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
				continue;
			}
			int colon = line.indexOf(": ");
			String recipient = (colon > 0) ? line.substring(0, colon).strip() : null;
			if (!Addresses.isAddress(recipient)) {
				continue;
			}
			Delivery.Builder delivery = Delivery.to(recipient).action(action).diagnostic(line.substring(colon + 2));
			BounceMessage.Headers fields = report.get(recipient.toLowerCase(Locale.ROOT));
			if (fields != null) {
				delivery.status(DeliveryStatus.status(fields.first("status")))
					.remoteMta(DeliveryStatus.typed(fields.first("remote-mta")));
				if (fields.first("action") != null) {
					delivery.action(fields.first("action"));
				}
			}
			deliveries.add(delivery.build());
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), DeliveryStatus.typed(status.perMessage().first("reporting-mta")), deliveries);
	}

}
