package org.smtpcodes.bounces;

import java.util.Locale;

/**
 * What a bounce says of one recipient, as the message gives it: fields it does not give
 * are null, never guessed. A {@link Format} reads these; the explain engine decides from
 * them.
 *
 * @param recipient the address the report is about (Final-Recipient, or the format's own
 * way of naming it)
 * @param originalRecipient the address as the sender gave it (Original-Recipient), when
 * it differs
 * @param action what happened: failed, delayed, delivered, relayed, expanded (RFC 3464),
 * or the format's equivalent
 * @param status the enhanced status code the message carries for the recipient (Status:)
 * @param replyCode the SMTP reply code the message carries (from its diagnostic text or
 * the format's own field)
 * @param diagnostic the remote server's reply or the reporting MTA's own words
 * (Diagnostic-Code:, without its type)
 * @param diagnosticType the type of the diagnostic (smtp, x-unix, x-postfix ...), in
 * lower case
 * @param command the SMTP command after which the server refused (RCPT, DATA, MAIL, HELO
 * ...)
 * @param remoteMta the server that refused (Remote-MTA:, or the host the format names)
 * @param lastAttempt when delivery was last tried (Last-Attempt-Date:, as written)
 * @param reason a reason that the format itself states in words of its own, beyond the
 * diagnostic text (an auto-reply is a vacation, a feedback report a feedback), or null
 * @param feedbackType the type of a feedback report (abuse, fraud, opt-out ...; RFC 5965)
 */
record Delivery(String recipient, String originalRecipient, String action, String status, String replyCode,
		String diagnostic, String diagnosticType, String command, String remoteMta, String lastAttempt, String reason,
		String feedbackType) {

	/** A delivery with every field as given, blank ones as absent. */
	Delivery {
		recipient = clean(recipient);
		originalRecipient = clean(originalRecipient);
		if (originalRecipient != null && originalRecipient.equalsIgnoreCase(recipient)) {
			originalRecipient = null;
		}
		action = lower(clean(action));
		status = clean(status);
		replyCode = clean(replyCode);
		diagnostic = clean(diagnostic);
		diagnosticType = lower(clean(diagnosticType));
		command = upper(clean(command));
		remoteMta = clean(remoteMta);
		lastAttempt = clean(lastAttempt);
		reason = clean(reason);
		feedbackType = lower(clean(feedbackType));
	}

	/** The same delivery, with the reason its format states. */
	Delivery withReason(String stated) {
		return new Delivery(this.recipient, this.originalRecipient, this.action, this.status, this.replyCode,
				this.diagnostic, this.diagnosticType, this.command, this.remoteMta, this.lastAttempt, stated,
				this.feedbackType);
	}

	static Builder to(String recipient) {
		return new Builder().recipient(recipient);
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String lower(String value) {
		return (value != null) ? value.toLowerCase(Locale.ROOT) : null;
	}

	private static String upper(String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	/** Collects a delivery's fields as a format reads them, in any order. */
	static final class Builder {

		private String recipient;

		private String originalRecipient;

		private String action;

		private String status;

		private String replyCode;

		private String diagnostic;

		private String diagnosticType;

		private String command;

		private String remoteMta;

		private String lastAttempt;

		private String reason;

		private String feedbackType;

		Builder recipient(String value) {
			this.recipient = value;
			return this;
		}

		Builder originalRecipient(String value) {
			this.originalRecipient = value;
			return this;
		}

		Builder action(String value) {
			this.action = value;
			return this;
		}

		Builder status(String value) {
			this.status = value;
			return this;
		}

		Builder replyCode(String value) {
			this.replyCode = value;
			return this;
		}

		Builder diagnostic(String value) {
			this.diagnostic = value;
			return this;
		}

		Builder diagnosticType(String value) {
			this.diagnosticType = value;
			return this;
		}

		Builder command(String value) {
			this.command = value;
			return this;
		}

		Builder remoteMta(String value) {
			this.remoteMta = value;
			return this;
		}

		Builder lastAttempt(String value) {
			this.lastAttempt = value;
			return this;
		}

		Builder reason(String value) {
			this.reason = value;
			return this;
		}

		Builder feedbackType(String value) {
			this.feedbackType = value;
			return this;
		}

		String recipient() {
			return this.recipient;
		}

		String diagnostic() {
			return this.diagnostic;
		}

		String status() {
			return this.status;
		}

		String command() {
			return this.command;
		}

		/**
		 * Appends a line to the diagnostic, as the continuation of a folded field or
		 * message.
		 */
		Builder moreDiagnostic(String line) {
			this.diagnostic = (this.diagnostic == null || this.diagnostic.isBlank()) ? line.strip()
					: this.diagnostic + " " + line.strip();
			return this;
		}

		Delivery build() {
			return new Delivery(this.recipient, this.originalRecipient, this.action, this.status, this.replyCode,
					this.diagnostic, this.diagnosticType, this.command, this.remoteMta, this.lastAttempt, this.reason,
					this.feedbackType);
		}

	}

}
