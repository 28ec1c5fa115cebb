package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of an RFC 3464 delivery status report: one group of per-message fields (Reporting-MTA,
 * Arrival-Date ...) and a group of per-recipient fields for each recipient (Final-Recipient, Action,
 * Status, Diagnostic-Code ...), groups separated by blank lines, fields folded as in a message header.
 * Read from a message/delivery-status part, or from text where a message that breaks MIME left the report.
 *
 * @param perMessage the per-message fields
 * @param perRecipient the groups of per-recipient fields, in order
 */
record DeliveryStatus(BounceMessage.Headers perMessage, List<BounceMessage.Headers> perRecipient) {

	private static final List<String> RECIPIENT_FIELDS = List.of("final-recipient", "original-recipient",
			"x-actual-recipient");

	private static final List<String> FIELDS = List.of("reporting-mta", "arrival-date", "received-from-mta",
			"original-envelope-id", "dsn-gateway", "x-postfix-queue-id", "x-postfix-sender", "final-recipient",
			"original-recipient", "action", "status", "remote-mta", "diagnostic-code", "last-attempt-date",
			"final-log-id", "will-retry-until", "x-actual-recipient", "x-supplementary-info", "x-display-name");

	DeliveryStatus {
		perRecipient = List.copyOf(perRecipient);
	}

	/** Whether a line starts a field of a delivery status report. */
	static boolean isField(String line) {
		int colon = line.indexOf(':');
		return colon > 0 && FIELDS.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * Reads the report's fields from text: every block of lines that holds report fields, whatever is around
	 * them. A recipient's group starts at its Original-Recipient or Final-Recipient field, and ends at a blank
	 * line or where the next recipient's starts.
	 */
	static DeliveryStatus parse(String text) {
		List<BounceMessage.Headers.Field> perMessage = new ArrayList<>();
		List<List<BounceMessage.Headers.Field>> perRecipient = new ArrayList<>();
		List<BounceMessage.Headers.Field> current = null;
		boolean ended = true;
		String name = null;
		StringBuilder value = new StringBuilder();
		for (String line : (text + "\n").split("\n", -1)) {
			boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
			if (continuation && name != null) {
				value.append(' ').append(line.strip());
				continue;
			}
			if (name != null) {
				((current != null) ? current : perMessage).add(BounceMessage.Headers.Field.of(name, value.toString()));
				name = null;
			}
			if (line.isBlank()) {
				ended = true;
				continue;
			}
			if (!isField(line)) {
				continue;
			}
			int colon = line.indexOf(':');
			String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			if (RECIPIENT_FIELDS.contains(key)) {
				// Original-Recipient and Final-Recipient come in either order; X-Actual-Recipient follows them
				boolean starts = current == null || ((ended || has(current, key)) && !key.equals("x-actual-recipient"));
				if (starts) {
					current = new ArrayList<>();
					perRecipient.add(current);
				}
			}
			ended = false;
			name = line.substring(0, colon);
			value.setLength(0);
			value.append(line.substring(colon + 1).strip());
		}
		List<BounceMessage.Headers> groups = new ArrayList<>();
		for (List<BounceMessage.Headers.Field> group : perRecipient) {
			if (has(group, "final-recipient") || has(group, "original-recipient")) {
				groups.add(new BounceMessage.Headers(group));
			}
		}
		return new DeliveryStatus(new BounceMessage.Headers(perMessage), groups);
	}

	private static boolean has(List<BounceMessage.Headers.Field> fields, String key) {
		return fields.stream().anyMatch((field) -> field.key().equals(key));
	}

	/** The address of an address field ({@code rfc822; bob@example.org}, {@code utf-8; ...}), or null. */
	static String address(String value) {
		if (value == null) {
			return null;
		}
		String type = "rfc822";
		String address = value;
		int semicolon = value.indexOf(';');
		if (semicolon >= 0) {
			type = value.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
			address = value.substring(semicolon + 1);
		}
		address = Addresses.bare(address);
		if (type.equals("utf-8")) {
			address = Addresses.embeddedUnicode(address);
		}
		return address;
	}

	/** The value after the type of a typed field ({@code dns; mx.example.org}), or the whole value. */
	static String typed(String value) {
		if (value == null) {
			return null;
		}
		int semicolon = value.indexOf(';');
		return (semicolon >= 0) ? value.substring(semicolon + 1).strip() : value.strip();
	}

	/** The type of a typed field ({@code smtp} of {@code smtp; 550 ...}), in lower case, or null. */
	static String type(String value) {
		if (value == null) {
			return null;
		}
		int semicolon = value.indexOf(';');
		if (semicolon <= 0) {
			return null;
		}
		String type = value.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
		return (type.indexOf(' ') < 0 && type.length() <= 20) ? type : null;
	}

	/** The comment after the code of a Status field ({@code 4.0.0 (host name lookup failure)}), or null. */
	static String comment(String value) {
		if (value == null) {
			return null;
		}
		int open = value.indexOf('(');
		int close = value.lastIndexOf(')');
		if (open < 0 || close <= open + 1) {
			return null;
		}
		String comment = value.substring(open + 1, close).strip();
		// "(permanent failure)" and its kin only restate the class
		String lower = comment.toLowerCase(Locale.ROOT);
		return (lower.endsWith("failure") && lower.indexOf(' ') == lower.lastIndexOf(' ') && lower.indexOf(':') < 0)
				? null : comment;
	}

	/** The enhanced status code at the start of a Status field ({@code 5.1.1 (user unknown)}), or null. */
	static String status(String value) {
		if (value == null) {
			return null;
		}
		String first = value.strip();
		int end = 0;
		while (end < first.length() && (Character.isDigit(first.charAt(end)) || first.charAt(end) == '.')) {
			end++;
		}
		String code = first.substring(0, end);
		return Codes.isEnhanced(code) ? code : null;
	}

}
