package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Zoho Mail's bounces (X-ZohoMail, from {@code mailer-daemon@mail.zoho.com}): "This
 * message was created automatically by mail delivery software." and one line per
 * recipient, the address, Zoho's label of the failure and the reply in fields of its own:
 * {@code kijitora@example.jp Invalid Address, ERROR_CODE :550,
 * ERROR_CODE :5.1.1 <kijitora@example.jp>... User Unknown}; its delay warnings list them
 * as
 * {@code [Status: Error, Address: <kijitora@example.jp>, ResponseCode 421, , Host not reachable.]}.
 * The returned message's header follows without a separator. Zoho's label ("Invalid
 * Address") is the same whatever the reply says (a full mailbox included), so the
 * diagnostic is the reply alone.
 */
class Zoho implements Format {

	private static final String ERROR_CODE = "ERROR_CODE :";

	private static final String RESPONSE_CODE = "ResponseCode ";

	@Override
	public String name() {
		return "zoho";
	}

	@Override
	public Reading read(BounceMessage message) {
		String from = message.headers().first("from");
		if (message.headers().first("x-zohomail") == null
				&& (from == null || !from.toLowerCase(Locale.ROOT).contains("@mail.zoho."))) {
			return null;
		}
		String text = BounceText.partWithLine(message, "This message was created automatically by mail delivery");
		if (text == null) {
			return null;
		}
		boolean warning = text.contains("THIS IS A WARNING MESSAGE ONLY");
		List<Delivery> deliveries = new ArrayList<>();
		for (String line : BounceText.lines(text)) {
			String stripped = line.strip();
			Delivery.Builder delivery = stripped.startsWith("[Status:") ? warningLine(stripped) : errorLine(stripped);
			if (delivery != null) {
				deliveries.add(delivery.action(warning ? "delayed" : "failed").build());
			}
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

	// "kijitora@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1
	// <kijitora@example.jp>... User Unknown"
	private static Delivery.Builder errorLine(String line) {
		int space = line.indexOf(' ');
		int first = line.indexOf(ERROR_CODE);
		if (space <= 0 || first < space || !Addresses.isAddress(line.substring(0, space))) {
			return null;
		}
		Delivery.Builder delivery = Delivery.to(line.substring(0, space));
		String rest = line.substring(first + ERROR_CODE.length());
		int comma = rest.indexOf(',');
		String code = ((comma >= 0) ? rest.substring(0, comma) : rest).strip();
		if (Codes.isReply(code)) {
			delivery.replyCode(code);
		}
		rest = (comma >= 0) ? rest.substring(comma + 1).strip() : "";
		if (rest.startsWith(ERROR_CODE)) {
			rest = rest.substring(ERROR_CODE.length()).strip();
		}
		// an empty second code: "ERROR_CODE :, Host not reachable."
		if (rest.startsWith(",")) {
			rest = rest.substring(1).strip();
		}
		return delivery.diagnostic(rest);
	}

	// "[Status: Error, Address: <kijitora@example.jp>, ResponseCode 421, , Host not
	// reachable.]"
	private static Delivery.Builder warningLine(String line) {
		String address = BounceText.after(line, "Address:");
		String code = BounceText.after(line, RESPONSE_CODE);
		if (address == null || code == null) {
			return null;
		}
		int comma = address.indexOf(',');
		address = Addresses.bare((comma >= 0) ? address.substring(0, comma) : address);
		if (!Addresses.isAddress(address)) {
			return null;
		}
		Delivery.Builder delivery = Delivery.to(address);
		comma = code.indexOf(',');
		String reply = ((comma >= 0) ? code.substring(0, comma) : code).strip();
		if (Codes.isReply(reply)) {
			delivery.replyCode(reply);
		}
		String rest = (comma >= 0) ? code.substring(comma + 1) : "";
		int skip = 0;
		while (skip < rest.length() && (rest.charAt(skip) == ',' || rest.charAt(skip) == ' ')) {
			skip++;
		}
		rest = rest.substring(skip);
		if (rest.endsWith("]")) {
			rest = rest.substring(0, rest.length() - 1);
		}
		return delivery.diagnostic(rest);
	}

}
