package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message as {@link MessageReader} read it: its header fields, its parts in order with
 * their text decoded, and the header fields of the message it returns. The body of the
 * returned message is never read.
 *
 * @param headers the header fields of the message
 * @param parts its text parts, the delivery and feedback reports, and the returned
 * message's header block, in the order the message gives them
 * @param original the header fields of the returned message (empty when it returns none)
 * @param problems what could not be read as it should (a broken part, an unknown
 * charset), for the report's findings
 */
record BounceMessage(Headers headers, List<Part> parts, Headers original, List<Problem> problems) {

	BounceMessage {
		parts = List.copyOf(parts);
		problems = List.copyOf(problems);
	}

	/**
	 * Something of the message that could not be read as it should: a sentence of the
	 * service's messages ({@code bounces.finding.<code>}), in the answer's language.
	 *
	 * @param code the finding's code, e.g. {@code charset}
	 * @param arguments what the sentence names
	 */
	record Problem(String code, List<Object> arguments) {

		Problem {
			arguments = List.copyOf(arguments);
		}

	}

	/** The text of the parts of the given kind, one after the other. */
	String text(Part.Kind kind) {
		// the formats ask for it one after the other: a single part is its own text, not
		// a copy
		List<Part> ofKind = this.parts.stream().filter((part) -> part.kind() == kind).toList();
		if (ofKind.size() == 1) {
			return ofKind.get(0).text();
		}
		StringBuilder text = new StringBuilder(ofKind.stream().mapToInt((part) -> part.text().length() + 1).sum());
		for (Part part : ofKind) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(part.text());
		}
		return text.toString();
	}

	/** Whether the message has a part of the given kind. */
	boolean has(Part.Kind kind) {
		return this.parts.stream().anyMatch((part) -> part.kind() == kind);
	}

	/** The value of the first {@code Subject} field, or "". */
	String subject() {
		String subject = this.headers.first("subject");
		return (subject != null) ? subject : "";
	}

	/**
	 * A part of the message.
	 *
	 * @param kind what the part is
	 * @param mediaType its media type, in lower case
	 * @param text its text, decoded from its transfer encoding and charset; for a
	 * returned message, its header block
	 */
	record Part(Kind kind, String mediaType, String text) {

		/** What a part is. */
		enum Kind {

			/**
			 * Text for people: the bounce's own words (text/plain, text/html made plain,
			 * a preamble).
			 */
			TEXT,

			/**
			 * A delivery status report (message/delivery-status,
			 * message/global-delivery-status).
			 */
			DELIVERY_STATUS,

			/** A feedback report (message/feedback-report, RFC 5965). */
			FEEDBACK_REPORT,

			/**
			 * The header block of the returned message (message/rfc822,
			 * text/rfc822-headers, ...).
			 */
			ORIGINAL_HEADERS

		}

	}

	/**
	 * Header fields, in order, with their values unfolded and RFC 2047 encoded words
	 * decoded; names are compared ignoring case.
	 *
	 * @param fields the fields
	 */
	record Headers(List<Field> fields) {

		static final Headers NONE = new Headers(List.of());

		Headers {
			fields = List.copyOf(fields);
		}

		/** The value of the first field of the given name, or null. */
		String first(String name) {
			for (Field field : this.fields) {
				if (field.name().equalsIgnoreCase(name)) {
					return field.value();
				}
			}
			return null;
		}

		/** The values of every field of the given name, in order. */
		List<String> all(String name) {
			List<String> values = new ArrayList<>();
			for (Field field : this.fields) {
				if (field.name().equalsIgnoreCase(name)) {
					values.add(field.value());
				}
			}
			return values;
		}

		boolean isEmpty() {
			return this.fields.isEmpty();
		}

		/**
		 * Reads a block of header fields from text: "Name: value" lines, with
		 * continuation lines folded in, up to the first blank line.
		 */
		static Headers parse(String text) {
			List<Field> fields = new ArrayList<>();
			String name = null;
			StringBuilder value = new StringBuilder();
			for (String line : text.split("\n", -1)) {
				if (line.isBlank()) {
					if (name != null || !fields.isEmpty()) {
						break;
					}
					continue;
				}
				if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
					value.append(' ').append(line.strip());
					continue;
				}
				int colon = line.indexOf(':');
				if (colon <= 0 || line.substring(0, colon).chars().anyMatch((c) -> c <= ' ' || c > '~')) {
					if (name == null && fields.isEmpty()) {
						continue;
					}
					break;
				}
				if (name != null) {
					fields.add(Field.of(name, value.toString()));
				}
				name = line.substring(0, colon);
				value.setLength(0);
				value.append(line.substring(colon + 1).strip());
			}
			if (name != null) {
				fields.add(Field.of(name, value.toString()));
			}
			return new Headers(fields);
		}

		/**
		 * A header field.
		 *
		 * @param name its name as written
		 * @param value its value, unfolded and decoded
		 */
		record Field(String name, String value) {

			static Field of(String name, String value) {
				return new Field(name.strip(), Words.decode(value.strip()));
			}

			/** The name in lower case. */
			String key() {
				return this.name.toLowerCase(Locale.ROOT);
			}

		}

	}

}
