package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of an RFC 3464 delivery status report: one group of per-message fields
 * (Reporting-MTA, Arrival-Date ...) and a group of per-recipient fields for each
 * recipient (Final-Recipient, Action, Status, Diagnostic-Code ...), groups separated by
 * blank lines, fields folded as in a message header. Read from a message/delivery-status
 * part, or from text where a message that breaks MIME left the report.
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
		if (colon <= 0) {
			return false;
		}
		int end = colon;
		while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
			end--;
		}
		int start = 0;
		while (start < end && Character.isWhitespace(line.charAt(start))) {
			start++;
		}
		for (String field : FIELDS) {
			if (field.length() == end - start && line.regionMatches(true, start, field, 0, field.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads the report's fields from text: every block of lines that holds report fields,
	 * whatever is around them. A recipient's group starts at its Original-Recipient or
	 * Final-Recipient field, and ends at a blank line or where the next recipient's
	 * starts. RFC 3464 puts no order on the fields of a group: Postfix and its kin write
	 * Final-Recipient before Original-Recipient, Amazon's inbound SMTP writes Action
	 * first; the fields of a block that came before its recipient field belong to that
	 * recipient.
	 */
	static DeliveryStatus parse(String text) {
		List<BounceMessage.Headers.Field> perMessage = new ArrayList<>();
		List<List<BounceMessage.Headers.Field>> perRecipient = new ArrayList<>();
		List<BounceMessage.Headers.Field> current = null;
		boolean ended = true;
		// where the block of fields since the last blank line went, and from which index
		List<BounceMessage.Headers.Field> block = null;
		int blockFrom = 0;
		String name = null;
		StringBuilder value = new StringBuilder();
		for (String line : (text + "\n").split("\n", -1)) {
			boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
			if (continuation && name != null) {
				value.append(' ').append(line.strip());
				continue;
			}
			if (name != null) {
				List<BounceMessage.Headers.Field> target = (current != null) ? current : perMessage;
				if (block == null) {
					block = target;
					blockFrom = target.size();
				}
				target.add(BounceMessage.Headers.Field.of(name, value.toString()));
				name = null;
			}
			if (line.isBlank()) {
				ended = true;
				block = null;
				continue;
			}
			if (!isField(line)) {
				continue;
			}
			int colon = line.indexOf(':');
			String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			if (RECIPIENT_FIELDS.contains(key)) {
				// an Original-Recipient right after a Final-Recipient is the same
				// recipient's; after the rest of a recipient's fields, it is the next
				// recipient's
				boolean starts = ended || current == null || has(current, key) || (key.equals("original-recipient")
						&& has(current, "final-recipient") && !lastIsRecipientField(current));
				if (starts && !(key.equals("x-actual-recipient") && current != null && !ended)) {
					List<BounceMessage.Headers.Field> group = new ArrayList<>();
					if (block != null && noRecipientField(block, blockFrom)) {
						moveRecipientFields(block, blockFrom, group);
					}
					current = group;
					perRecipient.add(current);
					block = current;
					blockFrom = 0;
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

	private static final List<String> PER_MESSAGE_FIELDS = List.of("reporting-mta", "arrival-date", "received-from-mta",
			"original-envelope-id", "dsn-gateway", "x-postfix-queue-id", "x-postfix-sender");

	private static boolean lastIsRecipientField(List<BounceMessage.Headers.Field> fields) {
		return !fields.isEmpty() && RECIPIENT_FIELDS.contains(fields.get(fields.size() - 1).key());
	}

	private static boolean noRecipientField(List<BounceMessage.Headers.Field> fields, int from) {
		for (int i = from; i < fields.size(); i++) {
			if (RECIPIENT_FIELDS.contains(fields.get(i).key())) {
				return false;
			}
		}
		return true;
	}

	// the per-recipient fields of a block written before its recipient field (Action:
	// first) go to the group
	private static void moveRecipientFields(List<BounceMessage.Headers.Field> from, int index,
			List<BounceMessage.Headers.Field> to) {
		List<BounceMessage.Headers.Field> kept = new ArrayList<>();
		for (BounceMessage.Headers.Field field : from.subList(index, from.size())) {
			(PER_MESSAGE_FIELDS.contains(field.key()) ? kept : to).add(field);
		}
		from.subList(index, from.size()).clear();
		from.addAll(kept);
	}

	private static boolean has(List<BounceMessage.Headers.Field> fields, String key) {
		return fields.stream().anyMatch((field) -> field.key().equals(key));
	}

	/**
	 * The address of an address field ({@code rfc822; bob@example.org},
	 * {@code utf-8; ...}), or null.
	 */
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

	/**
	 * The value after the type of a typed field ({@code dns; mx.example.org}), or the
	 * whole value.
	 */
	static String typed(String value) {
		if (value == null) {
			return null;
		}
		int semicolon = value.indexOf(';');
		return (semicolon >= 0) ? value.substring(semicolon + 1).strip() : value.strip();
	}

	/**
	 * The type of a typed field ({@code smtp} of {@code smtp; 550 ...}), in lower case,
	 * or null.
	 */
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

	/**
	 * The comment after the code of a Status field
	 * ({@code 4.0.0 (host name lookup failure)}), or null.
	 */
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

	/**
	 * The enhanced status code at the start of a Status field
	 * ({@code 5.1.1 (user unknown)}), or null.
	 */
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
