package org.smtpcodes.bounces;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.explain.Explanation;

/**
 * What a bounce message says, and what it means for each recipient: the answer of
 * {@code POST /bounces} for one message.
 *
 * @param format what the message was recognised as: {@code rfc3464},
 * {@code feedback-report}, {@code auto-reply}, or the MTA or provider whose format it is
 * @param reportingMta the server that wrote the report, when the message says
 * @param original what identifies the message that bounced
 * @param recipients one entry per recipient the message reports on, in the message's
 * order
 * @param findings what could not be read as it should
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record BounceReport(String format, String reportingMta, Original original, List<Recipient> recipients,
		List<String> findings) {

	public BounceReport {
		recipients = List.copyOf(recipients);
		findings = List.copyOf(findings);
	}

	/**
	 * What identifies the message that bounced, from the copy or the header fields the
	 * bounce returns.
	 *
	 * @param messageId its Message-ID
	 * @param from its From
	 * @param to its To
	 * @param subject its Subject
	 * @param date its Date
	 * @param listId its List-Id, when it went to a list
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Original(String messageId, String from, List<String> to, String subject, String date, String listId) {

		public Original {
			to = (to != null) ? List.copyOf(to) : List.of();
		}

		boolean isEmpty() {
			return this.messageId == null && this.from == null && this.to.isEmpty() && this.subject == null
					&& this.date == null && this.listId == null;
		}

	}

	/**
	 * One recipient: what the message says of it, and what the service decides from all
	 * of it.
	 *
	 * @param recipient the address (Final-Recipient, or the format's own way of naming
	 * it)
	 * @param originalRecipient the address as the sender gave it, when the message says
	 * and it differs
	 * @param action what happened, as the message says: failed, delayed, delivered,
	 * relayed, expanded
	 * @param status the enhanced status code the message carries (its Status field, else
	 * its diagnostic text)
	 * @param replyCode the SMTP reply code the message carries
	 * @param diagnostic the remote server's reply or the reporting MTA's words
	 * @param command the SMTP command after which the server refused, when the message
	 * says
	 * @param remoteMta the server that refused, when the message says
	 * @param lastAttempt when delivery was last tried, as the message says
	 * @param feedbackType for a feedback report, its type (abuse, fraud, opt-out ...)
	 * @param reason the reason class (see {@code GET /reasons})
	 * @param bounce {@code hard} (the address itself is bad), {@code soft}, or
	 * {@code none}
	 * @param retry whether the same message may be delivered later, and how
	 * @param whatToDo what to do now
	 * @param provider the mail provider the message identifies
	 * @param codes the codes, each with a link to its page, and the link to their
	 * comparison
	 * @param findings what is wrong or notable in the reply
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Recipient(String recipient, String originalRecipient, String action, String status, String replyCode,
			String diagnostic, String command, String remoteMta, String lastAttempt, String feedbackType, String reason,
			String bounce, CodeDocument.Retry retry, String whatToDo, Explanation.Provider provider,
			List<CodeLink> codes, List<Explanation.Finding> findings) {

		public Recipient {
			codes = List.copyOf(codes);
			findings = List.copyOf(findings);
		}

	}

	/**
	 * A code of a recipient's reply, with its page and its comparison with the reply's
	 * other code.
	 *
	 * @param code the code
	 * @param title its title
	 * @param href its page
	 * @param compareHref the comparison of the reply code with the enhanced code
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record CodeLink(String code, String title, String href, String compareHref) {
	}

}
