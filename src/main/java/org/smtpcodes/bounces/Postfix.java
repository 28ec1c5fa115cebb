package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.smtpcodes.explain.SmtpCommand;

/**
 * Postfix's bounces (bounce(8), its templates in bounce(5)): a notice for people that
 * begins "This is the mail system at host ..." (older: "This is the Postfix program at
 * host ..."), then one paragraph per recipient:
 *
 * <pre>
 * &lt;bob@example.org&gt; (expanded from &lt;alias@example.org&gt;): host mx.example.org[192.0.2.1] said:
 *     550 5.1.1 &lt;bob@example.org&gt;... User unknown (in reply to RCPT TO command)
 * </pre>
 *
 * and, usually, an RFC 3464 report. The paragraph holds what the report may lack: the
 * SMTP command, and the whole reply where Postfix cut the Diagnostic-Code or wrote only
 * its own words there. Where the report is unavailable ("--- Delivery report unavailable
 * ---") or missing, the paragraphs are all there is; where both are missing, the
 * recipient is the one the returned message was addressed to.
 */
class Postfix implements Format {

	private static final List<String> SUBJECTS = List.of("undelivered mail returned to sender",
			"delayed mail (still being retried)", "mail delivery status report", "successful mail delivery report");

	private static final List<String> INTRODUCTIONS = List.of("This is the mail system at host ",
			"This is the Postfix program at host ", "This is the Postfix on ");

	private static final String UNAVAILABLE = "--- Delivery report unavailable ---";

	@Override
	public String name() {
		return "postfix";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		String reportText = message.text(BounceMessage.Part.Kind.DELIVERY_STATUS);
		// a bounce forwarded as text, or one whose MIME is broken, has its report in the
		// text
		DeliveryStatus report = DeliveryStatus.parse(reportText.isBlank() ? text : reportText);
		if (!isPostfix(message, text, report)) {
			return null;
		}
		Map<String, Paragraph> paragraphs = paragraphs(text);
		List<Delivery> deliveries = new ArrayList<>();
		for (BounceMessage.Headers fields : report.perRecipient()) {
			Delivery.Builder delivery = Rfc3464.fromFields(fields);
			if (delivery.recipient() == null) {
				continue;
			}
			Paragraph paragraph = paragraphs.remove(key(delivery.recipient()));
			String original = DeliveryStatus.address(fields.first("original-recipient"));
			if (paragraph == null && original != null) {
				paragraph = paragraphs.remove(key(original));
			}
			merge(delivery, fields.first("diagnostic-code"), paragraph);
			if (delivery.command() == null) {
				delivery.command(Commands.forRecipient(text, delivery.recipient()));
			}
			deliveries.add(delivery.build());
		}
		if (deliveries.isEmpty()) {
			// no report: the paragraphs are the report
			String action = action(message.subject());
			for (Paragraph paragraph : paragraphs.values()) {
				deliveries
					.add(merge(Delivery.to(paragraph.recipient()).originalRecipient(paragraph.alias()).action(action),
							null, paragraph)
						.build());
			}
		}
		if (deliveries.isEmpty() && text.contains(UNAVAILABLE)) {
			// Postfix lost its log of the delivery: the returned message says whom it was
			// for
			String to = Addresses.first(String.valueOf(message.original().first("to")));
			if (to != null) {
				deliveries.add(Delivery.to(to).action(action(message.subject())).build());
			}
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), DeliveryStatus.typed(report.perMessage().first("reporting-mta")), deliveries);
	}

	private static boolean isPostfix(BounceMessage message, String text, DeliveryStatus report) {
		if (SUBJECTS.contains(message.subject().strip().toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (report.perMessage().first("x-postfix-queue-id") != null) {
			return true;
		}
		for (String introduction : INTRODUCTIONS) {
			if (text.contains(introduction)) {
				return true;
			}
		}
		return false;
	}

	private static String action(String subject) {
		return subject.toLowerCase(Locale.ROOT).startsWith("delayed mail") ? "delayed" : "failed";
	}

	/**
	 * A recipient's delivery from the report's fields (when there is a report) and
	 * Postfix's paragraph: the paragraph's reply replaces a diagnostic that is missing,
	 * only a number, or a cut copy of it.
	 */
	private static Delivery.Builder merge(Delivery.Builder delivery, String diagnosticField, Paragraph paragraph) {
		Said fromField = (diagnosticField != null) ? Said.of(DeliveryStatus.typed(diagnosticField)) : null;
		Said fromText = (paragraph != null) ? Said.of(paragraph.text()) : null;
		Said said = fromField;
		if (fromText != null && (said == null || said.reply().isEmpty() || isNumber(said.reply())
				|| (fromText.reply().length() > said.reply().length()
						&& lowerSwept(fromText.reply()).contains(lowerSwept(said.reply()))))) {
			said = fromText;
		}
		if (said == null) {
			return delivery;
		}
		delivery.diagnostic(said.reply());
		String command = (said.command() != null) ? said.command()
				: (fromText != null) ? fromText.command() : (fromField != null) ? fromField.command() : null;
		if (delivery.command() == null) {
			delivery.command(command);
		}
		String host = (said.host() != null) ? said.host() : (fromText != null) ? fromText.host() : null;
		if (host != null) {
			delivery.remoteMta(host);
		}
		if (said.replyCode() != null) {
			delivery.replyCode(said.replyCode());
		}
		return delivery;
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.chars().allMatch((c) -> Character.isDigit(c) || c == '.' || c == ' ');
	}

	private static String lowerSwept(String text) {
		return BounceText.sweep(text).toLowerCase(Locale.ROOT);
	}

	private static String key(String address) {
		return address.toLowerCase(Locale.ROOT);
	}

	/**
	 * The recipients' paragraphs of the notice, by recipient: each starts at a line
	 * "&lt;address&gt;: ..." or "&lt;address&gt; (expanded from &lt;alias&gt;): ..." and
	 * runs to the next blank line; Postfix indents its continuation lines, some relays do
	 * not.
	 */
	static Map<String, Paragraph> paragraphs(String text) {
		Map<String, Paragraph> paragraphs = new LinkedHashMap<>();
		String recipient = null;
		StringBuilder words = new StringBuilder();
		for (String line : (text + "\n").split("\n", -1)) {
			String head = head(line);
			if (head != null || line.isBlank()) {
				if (recipient != null) {
					Paragraph paragraph = Paragraph.of(recipient, BounceText.sweep(words.toString()));
					if (paragraph != null) {
						paragraphs.putIfAbsent(key(recipient), paragraph);
					}
					recipient = null;
				}
				if (head != null) {
					recipient = head;
					words.setLength(0);
					words.append(line.substring(head.length() + 2));
				}
				continue;
			}
			if (recipient != null) {
				words.append(' ').append(line.strip());
			}
		}
		return paragraphs;
	}

	// the recipient of a line that starts a paragraph ("<address>: ...", "<address>
	// (expanded from ..."), or null
	private static String head(String line) {
		if (!line.startsWith("<")) {
			return null;
		}
		int close = line.indexOf('>');
		if (close < 3 || close + 1 >= line.length()
				|| (line.charAt(close + 1) != ':' && line.charAt(close + 1) != ' ')) {
			return null;
		}
		String recipient = line.substring(1, close);
		String rest = line.substring(close + 1);
		if (!Addresses.isAddress(recipient) || !(rest.startsWith(":") || rest.startsWith(" (expanded from"))) {
			return null;
		}
		return recipient;
	}

	/**
	 * A recipient's paragraph.
	 *
	 * @param recipient the address Postfix tried
	 * @param alias the address it was expanded from, or null
	 * @param text the paragraph after the address (and its alias), on one line
	 */
	record Paragraph(String recipient, String alias, String text) {

		// the paragraph from the words after "<address>", which may begin "(expanded from
		// <alias>):", wrapped over two lines where the addresses are long
		static Paragraph of(String recipient, String words) {
			String alias = null;
			String rest = words;
			if (rest.startsWith("(expanded from")) {
				int end = rest.indexOf(">):");
				if (end < 0) {
					return null;
				}
				alias = Addresses.bare(rest.substring("(expanded from".length(), end + 1));
				rest = rest.substring(end + 2);
			}
			if (!rest.startsWith(":")) {
				return null;
			}
			return new Paragraph(recipient, alias, rest.substring(1).strip());
		}

	}

	/**
	 * What Postfix says of a delivery, in a paragraph or a Diagnostic-Code of its own:
	 * "host H[ip] said: REPLY (in reply to X command)", "connect to H[ip]: ... refused to
	 * talk to me: REPLY", or words of its own ("Host or domain name not found ...").
	 *
	 * @param reply the remote server's reply, or Postfix's words where no server replied
	 * @param command the SMTP command the reply answered, or null
	 * @param host the server, or null
	 * @param replyCode the code of a reply inside Postfix's words, where the reply is not
	 * the diagnostic
	 */
	record Said(String reply, String command, String host, String replyCode) {

		static Said of(String text) {
			String line = BounceText.sweep(text);
			String lowerCase = line.toLowerCase(Locale.ROOT);
			String command = command(lowerCase);
			String host = null;
			String reply = line;
			String replyCode = null;
			int said = lowerCase.indexOf(" said: ");
			int hostAt = lowerCase.lastIndexOf("host ", Math.max(said, 0));
			if (said > 0 && hostAt >= 0 && hostAt < said) {
				host = BounceText.host(line.substring(hostAt + 5, said));
				reply = line.substring(said + 7);
				int inReplyTo = reply.toLowerCase(Locale.ROOT).lastIndexOf("(in reply to ");
				if (inReplyTo >= 0) {
					reply = reply.substring(0, inReplyTo).strip();
				}
			}
			else {
				int refused = lowerCase.indexOf("refused to talk to me: ");
				if (refused >= 0) {
					replyCode = BounceText.failureCode(line.substring(refused + "refused to talk to me: ".length()));
				}
				int connect = lowerCase.indexOf("connect to ");
				if (connect >= 0) {
					host = BounceText.host(line.substring(connect + "connect to ".length()));
				}
				else {
					int with = lowerCase.indexOf("lost connection with ");
					if (with >= 0) {
						host = BounceText.host(line.substring(with + "lost connection with ".length()));
					}
				}
			}
			return new Said(reply, command, host, replyCode);
		}

		// the command Postfix names: "(in reply to RCPT TO command)", or the step it was
		// at
		private static String command(String lowerCase) {
			String command = SmtpCommand.in(lowerCase);
			if (command != null) {
				return command;
			}
			if (lowerCase.contains("initial server greeting")) {
				return "CONNECT";
			}
			if (lowerCase.contains("the helo handshake")) {
				return "HELO";
			}
			if (lowerCase.contains("the ehlo handshake")) {
				return "EHLO";
			}
			if (lowerCase.contains("while sending rcpt to")) {
				return "RCPT";
			}
			if (lowerCase.contains("while sending mail from")) {
				return "MAIL";
			}
			if (lowerCase.contains("while sending end of data") || lowerCase.contains("while sending message body")
					|| lowerCase.contains("while sending data")) {
				return "DATA";
			}
			return null;
		}

	}

}
