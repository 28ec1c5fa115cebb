package org.smtpcodes.bounces;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code POST /bounces} for a mailbox (application/mbox): a report for each
 * message, in the mailbox's order.
 *
 * @param messages how many messages the mailbox holds (counted to its end, read up to the
 * limit)
 * @param bounces how many of them are bounces
 * @param recipients how many recipients the bounces report on
 * @param reports one entry per message read
 * @param findings what could not be read (messages over the limit)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MailboxReport(int messages, int bounces, int recipients, List<Entry> reports, List<String> findings) {

	public MailboxReport {
		reports = List.copyOf(reports);
		findings = List.copyOf(findings);
	}

	/**
	 * One message of the mailbox.
	 *
	 * @param index its place in the mailbox, from 1
	 * @param report what it reports, when it is a bounce
	 * @param notABounce why it is not read as a bounce, when it is not one
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Entry(int index, BounceReport report, String notABounce) {
	}

}
