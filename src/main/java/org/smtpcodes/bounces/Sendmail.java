package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sendmail's bounces: V8 Sendmail (and Sendmail Sentrion) sends an RFC 3464 report whose
 * text part carries what the report leaves out, and Sendmail 5 a plain text of the same
 * sections without a report. Sendmail writes the text in fixed sections
 * ({@code savemail.c}):
 *
 * <pre>
 *    ----- The following addresses had permanent fatal errors -----
 * &lt;kijitora@example.com&gt;
 *     (reason: 550 5.1.1 &lt;kijitora@example.com&gt;... User unknown)
 *
 *    ----- Transcript of session follows -----
 * ... while talking to mx.example.com.:
 * &gt;&gt;&gt; DATA
 * &lt;&lt;&lt; 550 5.1.1 &lt;kijitora@example.com&gt;... User unknown
 * 550 5.1.1 &lt;kijitora@example.com&gt;... User unknown
 * </pre>
 *
 * The transcript tells what no report field does: the SMTP command that was refused (the
 * last {@code >>>} line before the reply), the host Sendmail was talking to, and, where
 * the report has no Diagnostic-Code (a message that timed out in the queue), the words of
 * the last attempt
 * ({@code <kijitora@example.com>... Deferred: Connection refused by mx.example.com.}). A
 * bounce that a person forwarded with every line quoted ({@code > }) is read through its
 * quoting.
 */
class Sendmail implements Format {

	// the section lines of savemail.c (V8) and of Sendmail 5, as they begin after the
	// leading blanks
	private static final String TRANSCRIPT = "----- transcript of session follows -----";

	private static final String FATAL = "----- the following addresses had permanent fatal errors -----";

	private static final String TRANSIENT = "----- the following addresses had transient non-fatal errors -----";

	@Override
	public String name() {
		return "sendmail";
	}

	@Override
	public Reading read(BounceMessage message) {
		if (!isSendmailSubject(message.subject())) {
			return null;
		}
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		if (!hasSections(text)) {
			// a bounce forwarded inline: "> " before every line of it
			text = unquoted(text);
			if (!hasSections(text)) {
				return null;
			}
		}
		Transcript transcript = Transcript.read(text);
		String report = message.text(BounceMessage.Part.Kind.DELIVERY_STATUS);
		DeliveryStatus status = DeliveryStatus.parse(report.isBlank() ? text : report);
		List<Delivery> deliveries = status.perRecipient().isEmpty() ? fromTranscript(transcript)
				: fromReport(status, transcript, text);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), DeliveryStatus.typed(status.perMessage().first("reporting-mta")), deliveries);
	}

	// V8: "Returned mail: see transcript for details", "Postmaster notify: see transcript
	// for details", "Warning: could not send message for past 4 hours"; Sendmail 5:
	// "Returned mail: User unknown"; a forwarded one behind "Fwd:"
	static boolean isSendmailSubject(String subject) {
		String lowerCase = subject.strip().toLowerCase(Locale.ROOT);
		boolean prefixed = true;
		while (prefixed) {
			prefixed = false;
			for (String prefix : List.of("fwd:", "fw:")) {
				if (lowerCase.startsWith(prefix)) {
					lowerCase = lowerCase.substring(prefix.length()).strip();
					prefixed = true;
				}
			}
		}
		return lowerCase.endsWith("see transcript for details") || lowerCase.startsWith("returned mail:")
				|| lowerCase.startsWith("warning: ") || lowerCase.startsWith("postmaster warning:")
				|| lowerCase.startsWith("postmaster notify:");
	}

	private static boolean hasSections(String text) {
		for (String line : text.split("\n")) {
			String section = line.strip().toLowerCase(Locale.ROOT);
			if (section.equals(TRANSCRIPT) || section.equals(FATAL) || section.equals(TRANSIENT)) {
				return true;
			}
		}
		return false;
	}

	// one level of "> " quoting taken off every line that has it
	static String unquoted(String text) {
		StringBuilder unquoted = new StringBuilder(text.length());
		for (String line : text.split("\n", -1)) {
			if (line.startsWith("> ")) {
				unquoted.append(line, 2, line.length());
			}
			else if (line.startsWith(">")) {
				unquoted.append(line, 1, line.length());
			}
			else {
				unquoted.append(line);
			}
			unquoted.append('\n');
		}
		return unquoted.toString();
	}

	private static List<Delivery> fromReport(DeliveryStatus status, Transcript transcript, String text) {
		List<Delivery> deliveries = new ArrayList<>();
		for (BounceMessage.Headers fields : status.perRecipient()) {
			Delivery.Builder delivery = Rfc3464.fromFields(fields);
			String recipient = delivery.recipient();
			if (recipient == null) {
				continue;
			}
			Attempt attempt = transcript.attempt(recipient);
			if (recipient.startsWith("@") || recipient.indexOf('@') < 0) {
				// a Final-Recipient without its local part ("@mx.example.org"): the
				// transcript names the address
				String named = transcript.onlyRecipient();
				if (named != null) {
					delivery.recipient(named);
					attempt = transcript.attempt(named);
				}
			}
			String diagnostic = delivery.diagnostic();
			if (diagnostic == null || diagnostic.isBlank() || isDigits(diagnostic.strip())) {
				// no Diagnostic-Code, or an empty one after its type: the words of the
				// last attempt
				String words = (attempt != null) ? attempt.words() : null;
				if (words == null) {
					words = transcript.listedReason(delivery.recipient());
				}
				if (words == null) {
					// a local mailer's failure: "554 5.3.0 unknown mailer error 255"
					words = transcript.codedLine;
				}
				if (words != null) {
					delivery.diagnostic(words);
				}
			}
			if (delivery.command() == null) {
				delivery
					.command((attempt != null && attempt.command != null) ? attempt.command : transcript.onlyCommand());
			}
			if (delivery.command() == null) {
				delivery.command(Commands.forRecipient(text, delivery.recipient()));
			}
			if (fields.first("remote-mta") == null) {
				// the host of the session that refused the recipient
				delivery.remoteMta((attempt != null && attempt.host != null) ? attempt.host : transcript.onlyHost());
			}
			deliveries.add(delivery.build());
		}
		return deliveries;
	}

	// Sendmail 5, and V8 without a report: the addresses its sections name, in order
	private static List<Delivery> fromTranscript(Transcript transcript) {
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : transcript.recipients()) {
			Attempt attempt = transcript.attempt(recipient);
			Delivery.Builder delivery = Delivery.to(recipient);
			String words = (attempt != null) ? attempt.words() : null;
			delivery.diagnostic((words != null) ? words : transcript.listedReason(recipient));
			if (transcript.listed.containsKey(recipient.toLowerCase(Locale.ROOT))) {
				delivery.action(transcript.listed.get(recipient.toLowerCase(Locale.ROOT)).action);
			}
			if (attempt != null) {
				delivery.command(attempt.command).remoteMta(attempt.host);
			}
			deliveries.add(delivery.build());
		}
		return deliveries;
	}

	private static boolean isDigits(String text) {
		return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
	}

	/** An address in the lists before the transcript, with what the list says of it. */
	private static final class Listed {

		final String address;

		final String action;

		String reason;

		Listed(String address, String action) {
			this.address = address;
			this.action = action;
		}

	}

	/** What the transcript says of one recipient: its last attempt. */
	private static final class Attempt {

		final String address;

		String command;

		String host;

		// the remote server's reply that refused it
		String reply;

		// Sendmail's own line about it, without the address
		String line;

		Attempt(String address) {
			this.address = address;
		}

		// the remote server's words when it answered, else Sendmail's
		String words() {
			return (this.reply != null) ? this.reply : this.line;
		}

	}

	/**
	 * The sections of Sendmail's text: the lists of addresses that failed, and the
	 * transcript of the SMTP sessions, read line by line.
	 */
	private static final class Transcript {

		final Map<String, Listed> listed = new LinkedHashMap<>();

		final Map<String, Attempt> attempts = new LinkedHashMap<>();

		final Set<String> commands = new LinkedHashSet<>();

		final Set<String> hosts = new LinkedHashSet<>();

		// the session being read
		private String host;

		private String command;

		private String reply;

		private boolean replyContinues;

		// the first line of Sendmail's own with a reply code and a status that names no
		// recipient
		String codedLine;

		private Attempt awaitingReply;

		static Transcript read(String text) {
			Transcript transcript = new Transcript();
			// "failed" or "delayed" in a list of addresses, "transcript" in the
			// transcript, null before both
			String section = null;
			Listed last = null;
			for (String line : text.split("\n")) {
				String stripped = line.strip();
				String lowerCase = stripped.toLowerCase(Locale.ROOT);
				if (lowerCase.startsWith("-----") && lowerCase.endsWith("-----")) {
					if (lowerCase.equals(FATAL) || lowerCase.equals(TRANSIENT) || lowerCase.equals(TRANSCRIPT)) {
						section = lowerCase.equals(FATAL) ? "failed"
								: lowerCase.equals(TRANSIENT) ? "delayed" : "transcript";
						continue;
					}
					if (section != null) {
						// "Original message follows", "Unsent message follows", "Message
						// header follows" ...
						break;
					}
					continue;
				}
				if (section == null || stripped.isEmpty()) {
					continue;
				}
				if (section.equals("transcript")) {
					if (DeliveryStatus.isField(stripped)) {
						// the report follows the transcript where there is no MIME
						// between them
						break;
					}
					transcript.line(stripped);
				}
				else if (lowerCase.startsWith("(reason:") && last != null) {
					// " (reason: 550 5.1.1 <kijitora@example.com>... User unknown)"
					int end = stripped.endsWith(")") ? stripped.length() - 1 : stripped.length();
					last.reason = stripped.substring("(reason:".length(), Math.max(end, "(reason:".length())).strip();
				}
				else if (!lowerCase.startsWith("(") && stripped.indexOf(' ') < 0) {
					// "<kijitora@example.com>"; "(expanded from: ...)" is skipped
					String action = section;
					String address = Addresses.bare(stripped);
					if (Addresses.isAddress(address)) {
						last = transcript.listed.computeIfAbsent(address.toLowerCase(Locale.ROOT),
								(key) -> new Listed(address, action));
					}
				}
			}
			return transcript;
		}

		private void line(String stripped) {
			String lowerCase = stripped.toLowerCase(Locale.ROOT);
			int talking = lowerCase.indexOf("while talking to ");
			if (talking >= 0 && (talking == 0 || lowerCase.startsWith("..."))) {
				// "... while talking to mx.example.com.:" (V8), "While talking to
				// mx.example.com:" (5)
				session(hostName(stripped.substring(talking + "while talking to ".length())));
				return;
			}
			if (stripped.startsWith(">>>")) {
				this.command = command(stripped.substring(3).strip());
				if (this.command != null) {
					this.commands.add(this.command);
				}
				this.reply = null;
				this.replyContinues = false;
				this.awaitingReply = null;
				if ("RCPT".equals(this.command)) {
					String address = angled(stripped);
					if (address != null) {
						this.awaitingReply = attemptOf(address);
					}
				}
				return;
			}
			if (stripped.startsWith("<<<")) {
				if (this.command == null && this.host != null) {
					// a reply before any command: the server's greeting refused the
					// connection
					this.command = "CONNECT";
					this.commands.add(this.command);
				}
				String reply = stripped.substring(3).strip();
				this.reply = (this.replyContinues && this.reply != null) ? this.reply + " " + reply : reply;
				// "550-5.7.1 ...": a line of a multi-line reply, more follow
				this.replyContinues = reply.length() > 3 && Codes.isReply(reply.substring(0, 3))
						&& reply.charAt(3) == '-';
				if (this.awaitingReply != null) {
					this.awaitingReply.reply = this.reply;
				}
				return;
			}
			int dots = stripped.indexOf("... ");
			if (dots < 0 && stripped.endsWith("...")) {
				dots = stripped.length() - 3;
			}
			if (dots <= 0) {
				if (this.codedLine == null && startsWithCodes(stripped)) {
					this.codedLine = stripped;
				}
				return;
			}
			String before = stripped.substring(0, dots);
			String words = stripped.substring(Math.min(stripped.length(), dots + 4)).strip();
			List<String> tokens = List.of(before.split(" "));
			String last = tokens.get(tokens.size() - 1);
			String address = Addresses.bare(last);
			if (last.endsWith(")") && before.indexOf(" (") > 0) {
				// "550 example.org (smtp)... 550 Host unknown": a host, not a recipient;
				// a host other than the one of the session ends what was said in it
				String named = before.substring(0, before.lastIndexOf(" ("));
				String other = hostName(named.substring(named.lastIndexOf(' ') + 1));
				if (other != null && !other.equalsIgnoreCase(this.host)) {
					session(other);
				}
				return;
			}
			if (!Addresses.isAddress(address) || !codesOnly(tokens.subList(0, tokens.size() - 1))) {
				return;
			}
			Attempt attempt = attemptOf(address);
			if (this.command != null) {
				attempt.command = this.command;
			}
			if (this.host != null) {
				attempt.host = this.host;
			}
			if (this.reply != null) {
				attempt.reply = this.reply;
			}
			// "554 <x>... 550 Host unknown": the words carry the code that says more than
			// Sendmail's own
			String codes = String.join(" ", tokens.subList(0, tokens.size() - 1));
			boolean ownCode = words.length() >= 3 && Codes.isReply(words.substring(0, 3))
					&& (words.length() == 3 || words.charAt(3) == ' ' || words.charAt(3) == '-');
			attempt.line = (ownCode || codes.isEmpty()) ? words : codes + " " + words;
		}

		private void session(String host) {
			this.host = host;
			if (host != null) {
				this.hosts.add(host);
			}
			this.command = null;
			this.reply = null;
			this.replyContinues = false;
			this.awaitingReply = null;
		}

		private Attempt attemptOf(String address) {
			return this.attempts.computeIfAbsent(address.toLowerCase(Locale.ROOT), (key) -> new Attempt(address));
		}

		Attempt attempt(String recipient) {
			return (recipient != null) ? this.attempts.get(recipient.toLowerCase(Locale.ROOT)) : null;
		}

		private List<String> recipients;

		// the recipients the sections name: the lists first, then the transcript
		List<String> recipients() {
			if (this.recipients == null) {
				Map<String, String> all = new LinkedHashMap<>();
				this.listed.forEach((key, listed) -> all.put(key, listed.address));
				this.attempts.forEach((key, attempt) -> all.putIfAbsent(key, attempt.address));
				this.recipients = new ArrayList<>(all.values());
			}
			return this.recipients;
		}

		String listedReason(String recipient) {
			Listed listed = (recipient != null) ? this.listed.get(recipient.toLowerCase(Locale.ROOT)) : null;
			return (listed != null) ? listed.reason : null;
		}

		String onlyRecipient() {
			List<String> recipients = recipients();
			return (recipients.size() == 1) ? recipients.get(0) : null;
		}

		// the command of every session, when they all stopped at the same one
		String onlyCommand() {
			return (this.commands.size() == 1) ? this.commands.iterator().next() : null;
		}

		String onlyHost() {
			return (this.hosts.size() == 1) ? this.hosts.iterator().next() : null;
		}

		// "554 5.3.0 unknown mailer error 255"
		private static boolean startsWithCodes(String line) {
			int space = line.indexOf(' ');
			if (space <= 0) {
				return false;
			}
			int next = line.indexOf(' ', space + 1);
			return Codes.isReply(line.substring(0, space))
					&& Codes.isEnhanced(line.substring(space + 1, (next > 0) ? next : line.length()));
		}

		private static boolean codesOnly(List<String> tokens) {
			for (String token : tokens) {
				if (!Codes.isReply(token) && !Codes.isEnhanced(token)) {
					return false;
				}
			}
			return tokens.size() <= 2;
		}

		// "mx.example.com.:" -> "mx.example.com"
		private static String hostName(String text) {
			String name = text.strip();
			while (!name.isEmpty() && (name.endsWith(":") || name.endsWith("."))) {
				name = name.substring(0, name.length() - 1);
			}
			int space = name.indexOf(' ');
			if (space > 0) {
				name = name.substring(0, space);
			}
			return name.isEmpty() ? null : name;
		}

		private static String angled(String text) {
			int open = text.indexOf('<');
			int close = (open >= 0) ? text.indexOf('>', open) : -1;
			if (close < 0) {
				return null;
			}
			String address = text.substring(open + 1, close).strip();
			return Addresses.isAddress(address) ? address : null;
		}

		// "RCPT To:<kijitora@example.com>" -> RCPT; "." (the end of the data) -> DATA
		private static String command(String text) {
			if (text.equals(".")) {
				return "DATA";
			}
			int end = 0;
			while (end < text.length() && Character.isLetter(text.charAt(end))) {
				end++;
			}
			String verb = text.substring(0, end).toUpperCase(Locale.ROOT);
			return switch (verb) {
				case "HELO", "EHLO", "MAIL", "RCPT", "DATA", "STARTTLS", "AUTH", "BDAT" -> verb;
				default -> null;
			};
		}

	}

}
