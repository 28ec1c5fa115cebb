package org.smtpcodes.explain;

import java.util.List;

import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeSummary;

/**
 * What the engine decided from a set of {@link Facts}: the codes it read, the reason,
 * hard or soft, whether to retry, what to do, the provider, the evidence for the reason
 * and the findings about the reply. The same for {@code /explain}, a recipient of a
 * bounce, and a delivery in a log.
 *
 * @param status the enhanced status code that applies (the report's, or the more specific
 * one of its text)
 * @param replyCode the reply code that applies
 * @param replySummary the reply code's summary, when the catalogue has it
 * @param enhancedSummary the enhanced code's summary, when the catalogue has it
 * @param otherCodes other codes in the text
 * @param text the human part of the reply
 * @param command the SMTP command after which the server refused
 * @param bounce hard, soft or none
 * @param reason the reason class
 * @param reasonDescription what the reason class means
 * @param retry whether the same request may succeed later
 * @param action what to do now
 * @param provider the provider the facts identify
 * @param evidence the rules that led to the reason
 * @param findings what is wrong or notable in the reply
 */
public record Decision(String status, String replyCode, CodeSummary replySummary, CodeSummary enhancedSummary,
		List<String> otherCodes, String text, String command, String bounce, String reason, String reasonDescription,
		CodeDocument.Retry retry, String action, Explanation.Provider provider, List<Explanation.Evidence> evidence,
		List<Explanation.Finding> findings) {

	public Decision {
		otherCodes = List.copyOf(otherCodes);
		evidence = List.copyOf(evidence);
		findings = List.copyOf(findings);
	}

}
