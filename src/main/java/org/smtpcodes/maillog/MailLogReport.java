package org.smtpcodes.maillog;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.explain.Explanation;

/**
 * What {@code POST /mail-log} answers: what the log says happened to the mail.
 *
 * @param summary the counts of the whole log
 * @param groups the failed and deferred deliveries, grouped four ways
 * @param senders every delivery grouped by the sender's domain, where the log names the
 * sender
 */
public record MailLogReport(Summary summary, Groups groups, GroupList senders) {

	/**
	 * The counts of the whole log.
	 *
	 * @param lines lines read
	 * @param unknownLines lines of no format the service reads, skipped
	 * @param cutLines lines longer than the limit, read up to it
	 * @param deliveries delivery attempts of one recipient each
	 * @param delivered attempts the receiving server accepted
	 * @param deferred attempts that failed for now (the message stays queued)
	 * @param bounced attempts that failed for good
	 * @param expired recipients given up on after the queue lifetime
	 * @param first the time of the first line, as the log writes it
	 * @param last the time of the last line
	 * @param formats lines read per format
	 * @param forgotten messages whose lines were too far apart to be joined (the reader
	 * keeps a bounded number of messages in flight)
	 */
	@Schema(name = "MailLogSummary")
	public record Summary(long lines, long unknownLines, long cutLines, long deliveries, long delivered, long deferred,
			long bounced, long expired, String first, String last, Map<String, Long> formats, long forgotten) {
	}

	/**
	 * The failed and deferred deliveries grouped four ways.
	 *
	 * @param reason by reason class (one of {@code GET /reasons})
	 * @param domain by the recipient's domain
	 * @param provider by the mail provider the reply or the domain belongs to
	 * @param reply by the reply, with addresses, IP addresses, ids and numbers masked
	 */
	@Schema(name = "MailLogGroups")
	public record Groups(GroupList reason, GroupList domain, GroupList provider, GroupList reply) {
	}

	/**
	 * The largest groups of one kind.
	 *
	 * @param groups the largest groups, largest first
	 * @param moreGroups how many smaller groups are not listed
	 * @param moreDeliveries how many deliveries those hold
	 */
	@Schema(name = "MailLogGroupList")
	public record GroupList(@JsonInclude(JsonInclude.Include.ALWAYS) List<Group> groups, long moreGroups,
			long moreDeliveries) {
	}

	/**
	 * One group.
	 *
	 * @param key what its deliveries share: a reason, a domain, a provider, a masked
	 * reply or a sender domain ({@code <>} for bounces and delay notices)
	 * @param description what the reason means (reason groups only)
	 * @param deliveries its attempts
	 * @param delivered of them delivered (sender groups only count these)
	 * @param deferred of them deferred
	 * @param bounced of them bounced
	 * @param expired of them expired
	 * @param first the time of its first line
	 * @param last the time of its last line
	 * @param example its first failed attempt, explained
	 */
	@Schema(name = "MailLogGroup")
	public record Group(String key, String description, long deliveries, long delivered, long deferred, long bounced,
			long expired, String first, String last, Example example) {
	}

	/**
	 * An attempt, explained by the same engine as {@code /explain}.
	 *
	 * @param line its line's number
	 * @param text the line
	 * @param recipient its recipient
	 * @param reply the remote server's reply, or the sending server's own words when
	 * there was none
	 * @param replyCode the reply code, as a summary of its document
	 * @param enhancedCode the enhanced status code (the reply's, or the one the server
	 * logged)
	 * @param reason the reason class
	 * @param bounce {@code hard}, {@code soft} or {@code none}
	 * @param retry whether the same attempt may succeed later, and what to do
	 * @param action what to do now
	 * @param provider the mail provider
	 * @param explain the address of this reply's explanation
	 */
	@Schema(name = "MailLogExample")
	public record Example(long line, String text, String recipient, String reply, CodeSummary replyCode,
			CodeSummary enhancedCode, String reason, String bounce, CodeDocument.Retry retry, String action,
			Explanation.Provider provider,
			@Schema(example = "/explain?reply=550%205.1.1%20User%20unknown") String explain) {
	}

}
