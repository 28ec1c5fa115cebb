package org.smtpcodes.explain;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeSummary;

/**
 * What a reply or a bounce's diagnostic text means: the answer of {@code /explain}.
 *
 * @param replyCode the remote server's reply code, as a summary of its document
 * @param enhancedCode the enhanced status code, as a summary of its document
 * @param otherCodes other codes in the text (a wrapper's own code, codes of other lines)
 * @param text the human part of the reply
 * @param command the SMTP command after which the server refused, when the text names it
 * ({@code RCPT}, {@code DATA}, {@code MAIL} ...)
 * @param bounce {@code hard} (the address itself is bad), {@code soft}, or {@code none}
 * (not a failure)
 * @param reason the reason class, one of {@code GET /reasons}
 * @param reasonDescription what the reason class means
 * @param retry whether the same request may succeed later, and what to do
 * @param action what to do now
 * @param provider the mail provider the text identifies
 * @param evidence the rules that led to the reason
 * @param findings what is wrong with the reply itself
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Explanation(CodeSummary replyCode, CodeSummary enhancedCode, List<String> otherCodes, String text,
		String command, String bounce, String reason, String reasonDescription, CodeDocument.Retry retry, String action,
		Provider provider, List<Evidence> evidence, List<Finding> findings) {

	/** A hard bounce: the address itself is bad. */
	public static final String HARD = "hard";

	/** A soft bounce: the address may work later or after a change. */
	public static final String SOFT = "soft";

	/** Not a failure. */
	public static final String NONE = "none";

	public Explanation {
		otherCodes = List.copyOf(otherCodes);
		evidence = List.copyOf(evidence);
		findings = List.copyOf(findings);
	}

	/**
	 * A mail provider recognised in the text.
	 *
	 * @param name its name
	 * @param documentation its page on SMTP errors
	 */
	public record Provider(String name, String documentation) {
	}

	/**
	 * A rule that led to the reason.
	 *
	 * @param rule {@code phrase}, {@code status} (the enhanced-code table), {@code class}
	 * or {@code provider}
	 * @param detail what matched
	 */
	public record Evidence(String rule, String detail) {
	}

	/**
	 * Something wrong or notable in the reply itself.
	 *
	 * @param type a stable identifier, e.g. {@code class-mismatch}
	 * @param detail a sentence that explains it
	 */
	public record Finding(String type, String detail) {
	}

}
