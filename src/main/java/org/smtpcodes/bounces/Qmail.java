package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smtpcodes.explain.SmtpCommand;

/**
 * qmail's bounces (qmail-send, with the words of qmail-remote and qmail-local), and those
 * of its kin (netqmail, notqmail, indimail): plain text, "Hi. This is the qmail-send
 * program at host.", then one paragraph per recipient:
 *
 * <pre>
 * &lt;bob@example.org&gt;:
 * 192.0.2.1 does not like recipient.
 * Remote host said: 550 5.1.1 &lt;bob@example.org&gt;... User unknown
 * Giving up on 192.0.2.1.
 * </pre>
 *
 * then "--- Below this line is a copy of the message." qmail-remote names the step that
 * failed in fixed sentences ("does not like recipient", "but sender was rejected",
 * "failed on DATA command" ...); its own failures end with a status in parentheses
 * ("Sorry, no mailbox here by that name. (#5.1.1)").
 */
class Qmail implements Format {

	private static final List<String> INTRODUCTIONS = List.of("This is the qmail-send program at ",
			"I'm afraid I wasn't able to deliver your message to the following addresses",
			"Sorry, we were unable to deliver your message to the following address",
			"Unable to deliver message to the following address");

	private static final List<String> COPY = List.of("--- Below this line is a copy of the message",
			"--- Below this line is a copy of the mail header", "--- Below the next line is a copy of the message",
			"--- Enclosed is a copy of the message", "--- Enclosed are the original headers of the message",
			"--- Mensaje original adjunto");

	// qmail-remote's sentences for the step at which the remote server refused
	private static final List<String[]> STEPS = List.of(new String[] { " does not like recipient", "RCPT" },
			new String[] { " but sender was rejected", "MAIL" }, new String[] { " but my name was rejected", "HELO" },
			new String[] { " but greeting failed", "CONNECT" }, new String[] { " failed on DATA command", "DATA" },
			new String[] { " failed after I sent the message", "DATA" });

	@Override
	public String name() {
		return "qmail";
	}

	@Override
	public Reading read(BounceMessage message) {
		String text = message.text(BounceMessage.Part.Kind.TEXT);
		String notice = BounceText.before(text, COPY);
		if (!BounceText.containsAny(notice, INTRODUCTIONS)) {
			return null;
		}
		List<Delivery> deliveries = new ArrayList<>();
		String recipient = null;
		List<String> lines = new ArrayList<>();
		for (String line : (notice + "\n").split("\n", -1)) {
			String address = recipientOf(line);
			if (address != null || line.isBlank()) {
				if (recipient != null) {
					deliveries.add(delivery(recipient, lines).build());
					recipient = null;
				}
				if (address != null) {
					recipient = address;
					lines.clear();
				}
				continue;
			}
			if (recipient != null) {
				lines.add(line.strip());
			}
		}
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries);
	}

	// "<bob@example.org>:", the line that starts a recipient's paragraph
	private static String recipientOf(String line) {
		String stripped = line.strip();
		if (!stripped.startsWith("<") || !stripped.endsWith(">:")) {
			return null;
		}
		String address = stripped.substring(1, stripped.length() - 2);
		return Addresses.isAddress(address) ? address : null;
	}

	/**
	 * A recipient's delivery from its paragraph: the remote server's reply after "Remote
	 * host said:" (with the further lines of a multi-line reply), or after "remote host
	 * ... said:" in "no SMTP connection got far enough"; qmail's own words where no
	 * server replied.
	 */
	static Delivery.Builder delivery(String recipient, List<String> lines) {
		Delivery.Builder delivery = Delivery.to(recipient).action("failed");
		String all = String.join(" ", lines);
		String lowerCase = all.toLowerCase(Locale.ROOT);
		for (String[] step : STEPS) {
			int at = lowerCase.indexOf(step[0].toLowerCase(Locale.ROOT));
			if (at >= 0) {
				delivery.command(step[1]);
				// the sentence starts with the server's address, or "Connected to
				// <address>"
				String before = all.substring(0, at);
				int space = before.lastIndexOf(' ');
				delivery.remoteMta(before.substring(space + 1));
				break;
			}
		}
		StringBuilder reply = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int said = line.toLowerCase(Locale.ROOT).indexOf("remote host said: ");
			if (said < 0) {
				continue;
			}
			reply.append(line.substring(said + "remote host said: ".length()));
			// a multi-line reply goes on in lines that start with a reply code
			while (i + 1 < lines.size() && BounceText.leadingReplyCode(lines.get(i + 1)) != null) {
				reply.append(' ').append(lines.get(++i));
			}
			break;
		}
		if (reply.isEmpty()) {
			int progress = lowerCase.indexOf("no smtp connection got far enough");
			int said = (progress >= 0) ? lowerCase.indexOf(" said: ", progress) : -1;
			if (said >= 0) {
				// "most progress was RCPT TO response; remote host 192.0.2.1 said: 550
				// ...": up to qmail's status
				if (delivery.command() == null) {
					delivery.command(SmtpCommand.in(lowerCase.substring(progress, said)));
				}
				int host = lowerCase.lastIndexOf("remote host ", said);
				if (host >= 0) {
					delivery.remoteMta(all.substring(host + "remote host ".length(), said).strip());
				}
				String rest = all.substring(said + " said: ".length());
				int status = rest.indexOf("(#");
				int others = rest.indexOf("(Other MXes tried");
				int end = Math.min((status < 0) ? rest.length() : status, (others < 0) ? rest.length() : others);
				reply.append(strip(rest.substring(0, end)));
			}
		}
		String hashStatus = BounceText.hashStatus(all);
		if (hashStatus != null) {
			delivery.status(hashStatus);
		}
		if (!reply.isEmpty()) {
			delivery.diagnostic(BounceText.sweep(reply.toString()));
		}
		else {
			// qmail's own words: the paragraph without "Giving up on ..." and its status
			StringBuilder words = new StringBuilder();
			for (String line : lines) {
				if (!line.startsWith("Giving up on ")) {
					words.append(' ').append(line);
				}
			}
			String own = BounceText.sweep(words.toString());
			int status = own.indexOf("(#");
			delivery.diagnostic(strip((status > 0) ? own.substring(0, status) : own));
		}
		return delivery;
	}

	// a reply without the dots and spaces qmail leaves where it cut it
	private static String strip(String text) {
		String stripped = text.strip();
		while (stripped.endsWith(".") && stripped.length() > 1 && stripped.charAt(stripped.length() - 2) == ' ') {
			stripped = stripped.substring(0, stripped.length() - 1).strip();
		}
		return stripped;
	}

}
