package org.smtpcodes.bounces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verdicts an MTA writes in its own words, not a remote server's reply: Exchange's
 * error codes ({@code (000C05A6) Unknown Recipient}), Domino's "not listed in Domino
 * Directory", IMail's "Invalid final delivery userid". Where a format's diagnostic is
 * such a verdict, the format states its reason, as the MTA does; the engine takes it as
 * it is.
 */
final class OwnWords {

	private OwnWords() {
	}

	/**
	 * The reading with the reason of each delivery whose diagnostic holds one of the
	 * MTA's verdicts.
	 * @param reading what the format read, or null
	 * @param verdicts each of the MTA's fixed phrases (compared ignoring case), with the
	 * reason it states
	 * @return the reading, its deliveries with their reasons
	 */
	static Format.Reading state(Format.Reading reading, Map<String, String> verdicts) {
		if (reading == null) {
			return null;
		}
		List<Delivery> stated = new ArrayList<>();
		for (Delivery delivery : reading.deliveries()) {
			String reason = (delivery.reason() == null) ? verdict(delivery.diagnostic(), verdicts) : null;
			stated.add((reason != null) ? delivery.withReason(reason) : delivery);
		}
		return new Format.Reading(reading.format(), reading.reportingMta(), stated);
	}

	private static String verdict(String diagnostic, Map<String, String> verdicts) {
		if (diagnostic == null) {
			return null;
		}
		String lowerCase = diagnostic.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> verdict : verdicts.entrySet()) {
			if (lowerCase.contains(verdict.getKey().toLowerCase(Locale.ROOT))) {
				return verdict.getValue();
			}
		}
		return null;
	}

}
