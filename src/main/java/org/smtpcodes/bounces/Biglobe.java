package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bounces of BIGLOBE and the cable providers on its mail system
 * ({@code postmaster@biglobe.ne.jp}, inacatv, tmtv, ttv; "Returned mail: ..."): "-----
 * The following addresses had delivery problems -----", the addresses one per line,
 * "----- Non-delivered information -----" and the error in BIGLOBE's words ("The number
 * of messages in recipient's mailbox exceeded the local limit.", "Mail Delivery Failed...
 * User unknown"); the returned message is attached.
 */
class Biglobe implements Format {

	private static final String ADDRESSES = "----- The following addresses had delivery problems -----";

	private static final String INFORMATION = "----- Non-delivered information -----";

	private static final List<String> PROVIDERS = List.of("@biglobe.ne.jp", "@inacatv.ne.jp", "@tmtv.ne.jp",
			"@ttv.ne.jp");

	@Override
	public String name() {
		return "biglobe";
	}

	@Override
	public Reading read(BounceMessage message) {
		String from = message.headers().first("from");
		String lowerCase = (from != null) ? from.toLowerCase(Locale.ROOT) : "";
		if (!lowerCase.contains("postmaster@") || PROVIDERS.stream().noneMatch(lowerCase::contains)) {
			return null;
		}
		String text = BounceText.partWithLine(message, ADDRESSES);
		if (text == null) {
			return null;
		}
		List<String> recipients = new ArrayList<>();
		List<String> words = new ArrayList<>();
		boolean information = false;
		for (String line : BounceText.lines(text.substring(BounceText.lineStartingWith(text, ADDRESSES)))) {
			String stripped = line.strip();
			if (stripped.startsWith(INFORMATION.strip())) {
				information = true;
			}
			else if (!information && stripped.indexOf(' ') < 0 && Addresses.isAddress(stripped)) {
				recipients.add(stripped);
			}
			else if (information && stripped.isEmpty() && !words.isEmpty()) {
				break;
			}
			else if (information && !stripped.isEmpty() && !stripped.startsWith("-----")) {
				words.add(stripped);
			}
		}
		String diagnostic = BounceText.joined(words);
		List<Delivery> deliveries = new ArrayList<>();
		for (String recipient : recipients) {
			deliveries.add(Delivery.to(recipient).action("failed").diagnostic(diagnostic).build());
		}
		return deliveries.isEmpty() ? null : new Reading(name(), null, deliveries);
	}

}
