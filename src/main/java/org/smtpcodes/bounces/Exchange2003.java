package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The non-delivery reports of Microsoft Exchange up to 2003 (its Internet Mail Service
 * and Internet Mail Connector), which are not RFC 3464 reports: "Your message ... did not
 * reach the following recipient(s):" (or "Your message did not reach some or all of the
 * intended recipients. ... The following recipient(s) could not be reached:"), then for
 * each recipient a line "address on date" and, indented under it, Exchange's words ("The
 * recipient name is not recognized") and its diagnostic line, {@code MSEXCH:IMS:...
 * (000C05A6) Unknown Recipient}, with Exchange's own error code in brackets. Recognised
 * by the header fields Exchange puts on them: X-MS-Embedded-Report, an X-Mailer or
 * Received of the Internet Mail Service or Connector, an X-MimeOLE "Produced By Microsoft
 * Exchange".
 */
class Exchange2003 implements Format {

	// Exchange's own error codes in its diagnostic line: unknown or ambiguous recipient,
	// too many recipients, no proxy address, too many hops, conversion to Internet format
	// failed, AUTH not supported
	private static final java.util.Map<String, String> VERDICTS = java.util.Map.of("(000C05A6)", "userunknown",
			"(000C0595)", "filtered", "(00010256)", "systemerror", "(000D06B5)", "systemerror", "(00120270)",
			"networkerror", "(00050311)", "contenterror", "(000502CC)", "contenterror", "(000B0981)", "securityerror");

	private static final String[] STARTS = { "did not reach the following recipient",
			"The following recipient(s) could not be reached", "The following recipients could not be reached" };

	@Override
	public String name() {
		return "exchange2003";
	}

	@Override
	public Reading read(BounceMessage message) {
		return OwnWords.state(readReport(message), VERDICTS);
	}

	private Reading readReport(BounceMessage message) {
		if (!isExchange(message.headers())) {
			return null;
		}
		String text = BounceText.partWithLine(message, STARTS);
		if (text == null) {
			return null;
		}
		List<String> lines = BounceText.lines(text.substring(BounceText.lineStartingWith(text, STARTS)));
		List<Delivery.Builder> deliveries = new ArrayList<>();
		List<String> words = new ArrayList<>();
		Delivery.Builder current = null;
		boolean mtsId = false;
		for (String line : lines.subList(1, lines.size())) {
			String stripped = line.strip();
			String recipient = recipient(stripped);
			if (recipient != null) {
				finish(current, words);
				current = Delivery.to(recipient).action("failed");
				deliveries.add(current);
				mtsId = false;
			}
			else if (current != null && !stripped.isEmpty()) {
				// the X.400 identifier of the message, folded onto a line of its own,
				// says nothing of the failure
				if (stripped.startsWith("The MTS-ID of the original message is:")) {
					mtsId = true;
				}
				else if (!(mtsId && stripped.startsWith(";"))) {
					words.add(stripped);
					mtsId = false;
				}
			}
			else if (current != null && !words.isEmpty()) {
				// a blank line ends what is said of a recipient
				finish(current, words);
				current = null;
			}
		}
		finish(current, words);
		if (deliveries.isEmpty()) {
			return null;
		}
		return new Reading(name(), null, deliveries.stream().map(Delivery.Builder::build).toList());
	}

	private static boolean isExchange(BounceMessage.Headers headers) {
		if (headers.first("x-ms-embedded-report") != null) {
			return true;
		}
		String mailer = headers.first("x-mailer");
		if (mailer != null && (mailer.startsWith("Internet Mail Service (")
				|| mailer.startsWith("Microsoft Exchange Server Internet Mail Connector"))) {
			return true;
		}
		String mimeOle = headers.first("x-mimeole");
		if (mimeOle != null && mimeOle.startsWith("Produced By Microsoft Exchange")) {
			return true;
		}
		for (String received : headers.all("received")) {
			if (received.contains(" with Internet Mail Service (")
					|| received.contains("Microsoft Exchange Server Internet Mail Connector")) {
				return true;
			}
		}
		return false;
	}

	// "kijitora@example.jp on Thu, 29 Apr 2010 00:00:00 -0000", "kijitora@example.com on
	// 4/29/01 11:34:45 PM", or an X.400 address with the SMTP one in it: "c=US;a=
	// ;p=...;SMTP=kijitora@example.com; on ..."
	private static String recipient(String line) {
		int on = line.indexOf(" on ");
		if (on <= 0) {
			return null;
		}
		String address = line.substring(0, on);
		int smtp = address.toLowerCase(Locale.ROOT).indexOf("smtp=");
		if (smtp >= 0) {
			address = address.substring(smtp + 5);
		}
		address = Addresses.bare(address);
		return (Addresses.isAddress(address) && address.indexOf(' ') < 0) ? address : null;
	}

	private static void finish(Delivery.Builder delivery, List<String> words) {
		if (delivery != null) {
			delivery.diagnostic(BounceText.joined(words));
		}
		words.clear();
	}

}
