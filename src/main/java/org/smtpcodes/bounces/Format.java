package org.smtpcodes.bounces;

import java.util.List;

/**
 * A way in which mail software writes its bounces: RFC 3464 delivery status
 * notifications, RFC 5965 feedback reports, auto-replies, and the formats of the MTAs and
 * providers that write their own. Each reads what a message says of each recipient;
 * {@link Formats} tries them in turn.
 */
interface Format {

	/**
	 * The format's name in a report: {@code rfc3464}, {@code postfix}, {@code exim} ...
	 */
	String name();

	/**
	 * Reads a message.
	 * @param message the message
	 * @return what it reports, or null when it is not in this format
	 */
	Reading read(BounceMessage message);

	/**
	 * What a message in a format reports.
	 *
	 * @param format the format's name
	 * @param reportingMta the server that wrote the report, when the message says
	 * @param deliveries one per recipient, in the message's order
	 */
	record Reading(String format, String reportingMta, List<Delivery> deliveries) {

		public Reading {
			deliveries = List.copyOf(deliveries);
		}

	}

}
