package org.smtpcodes.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeId;
import org.smtpcodes.codes.MalformedCode;
import org.smtpcodes.codes.UnknownCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reads a reply or a diagnostic text like an experienced postmaster: finds the codes,
 * decides the reason class from the phrases servers use (the catalogue's rules, matched
 * with RE2/J), falls back on the enhanced-code table, and says whether it is a hard
 * bounce, whether to retry and what to do.
 */
@Component
public class Explainer {

	/** The most lines a reply may have. */
	public static final int MAX_LINES = 100;

	// the reason when nothing in the facts points to any class
	private static final String UNDEFINED = "undefined";

	// the reason of a message the sending side gave up on
	private static final String EXPIRED = "expired";

	private final Catalogue catalogue;

	private final BounceRules rules;

	private final MessageSource messages;

	Explainer(Catalogue catalogue, BounceRules rules, MessageSource messages) {
		this.catalogue = catalogue;
		this.rules = rules;
		this.messages = messages;
	}

	/**
	 * Explains a reply as a client sends it: refused when it is blank, when it is a whole
	 * message (which {@code /bounces} reads), or when it has more than
	 * {@value #MAX_LINES} lines.
	 * @param reply the reply or diagnostic text (already checked for size)
	 * @param language one of the catalogue's languages
	 * @return the explanation
	 * @throws NoReply when the text holds no SMTP reply
	 */
	public Explanation explainReply(String reply, String language) {
		if (reply.isBlank()) {
			throw new EmptyReply();
		}
		if (WholeMessage.is(reply)) {
			throw new WholeMessage();
		}
		// blank lines at the end (a trailing newline or two) are not lines of the reply
		if (reply.stripTrailing().lines().limit(MAX_LINES + 1).count() > MAX_LINES) {
			throw new TooManyLines(MAX_LINES);
		}
		return explain(reply, language);
	}

	/**
	 * What a reason class means, in a language.
	 * @param reason a reason of {@code GET /reasons}
	 * @param language one of the catalogue's languages
	 * @return its description, or null for a reason the rules do not know
	 */
	public String describe(String reason, String language) {
		BounceRules.ReasonText text = this.rules.text(reason, language);
		return (text != null) ? text.description() : null;
	}

	/**
	 * The mail provider whose servers a remote host or a recipient's domain belongs to,
	 * as {@link #decide} finds it before it reads any words.
	 * @param remoteHost the receiving server's host name, or null
	 * @param recipient the recipient's address or domain, or null
	 * @return the provider's name, or null
	 */
	public String providerOf(String remoteHost, String recipient) {
		for (BounceRules.Provider provider : this.rules.providers()) {
			if (provider.hosts(remoteHost)) {
				return provider.name();
			}
		}
		for (BounceRules.Provider provider : this.rules.providers()) {
			if (provider.hosts(recipient)) {
				return provider.name();
			}
		}
		return null;
	}

	/**
	 * Whether a text is a whole message (header fields, a blank line, a body) rather than
	 * a reply.
	 */
	public static boolean isWholeMessage(String text) {
		return WholeMessage.is(text);
	}

	/**
	 * Explains a text.
	 * @param input the reply or diagnostic text (already checked for size)
	 * @param language one of the catalogue's languages
	 * @return the explanation
	 * @throws NoReply when the text holds no SMTP reply: no code, and no words that any
	 * rule reads
	 */
	public Explanation explain(String input, String language) {
		Decision decision = decide(Facts.of(input), language);
		if (holdsNoReply(decision)) {
			throw new NoReply();
		}
		return new Explanation(decision.replySummary(), decision.enhancedSummary(), decision.otherCodes(),
				decision.text(), decision.command(), decision.bounce(), decision.reason(), decision.reasonDescription(),
				decision.retry(), decision.action(), decision.provider(), decision.evidence(), decision.findings());
	}

	// The rules answer "undefined" only when nothing in the text pointed anywhere: no
	// code, no phrase of a reason. A provider or an SMTP command that the text names is
	// still something read, and is explained.
	private static boolean holdsNoReply(Decision decision) {
		return UNDEFINED.equals(decision.reason()) && decision.replyCode() == null && decision.status() == null
				&& decision.otherCodes().isEmpty() && decision.provider() == null && decision.command() == null;
	}

	/**
	 * Decides from what is known of a failure: the codes, the reason, hard or soft, the
	 * retry, what to do.
	 * @param facts what is known: a text, and what a report says beside it
	 * @param language one of the catalogue's languages
	 * @return the decision
	 */
	public Decision decide(Facts facts, String language) {
		Locale locale = Locale.forLanguageTag(language);
		ParsedReply parsed = ReplyParser.parse(facts.text());
		String replyCode = (facts.replyCode() != null) ? facts.replyCode() : parsed.replyCode();
		String status = preferred(facts.status(), parsed.enhancedCode(), replyCode);
		List<Explanation.Finding> findings = new ArrayList<>();
		CodeDocument reply = document(replyCode, language, findings, locale);
		CodeDocument enhanced = document(status, language, findings, locale);
		boolean classesDiffer = replyCode != null && status != null && replyCode.charAt(0) != status.charAt(0);
		if (classesDiffer) {
			findings.add(finding("class-mismatch", locale, replyCode, status));
		}
		if (status != null && facts.status() != null && !status.equals(facts.status())
				&& facts.status().endsWith(".4.7")) {
			findings.add(finding("gave-up", locale, facts.status(), status));
		}
		if (parsed.multilineCodesDiffer()) {
			findings.add(finding("lines-differ", locale));
		}
		if (!parsed.otherCodes().isEmpty()) {
			findings.add(finding("several-codes", locale, String.join(", ", parsed.otherCodes())));
		}

		BounceRules rules = this.rules;
		List<Explanation.Evidence> evidence = new ArrayList<>();
		int classDigit = (replyCode != null) ? replyCode.charAt(0) - '0'
				: (status != null) ? status.charAt(0) - '0' : 0;
		// the words read are those of the reply: a returned message after it is not read
		String input = parsed.read();
		String lowerCase = BounceRules.Phrase.lowerCase(input);
		String command = (facts.command() != null) ? facts.command() : SmtpCommand.in(lowerCase);
		BounceRules.Provider provider = provider(facts, input, lowerCase, rules, evidence);
		BounceRules.Reason reason = classify(facts, input, lowerCase, classDigit, status, command, provider, rules,
				evidence);

		String bounce = bounce(reason, classDigit, classesDiffer, Facts.DEFERRED.equals(facts.action()));
		CodeDocument.Retry retry = retry(reason, replyCode, reply, enhanced, classDigit, lowerCase, locale);
		BounceRules.ReasonText reasonText = rules.text(reason.id(), language);
		return new Decision(status, replyCode, (reply != null) ? reply.summary() : null,
				(enhanced != null) ? enhanced.summary() : null, parsed.otherCodes(), parsed.text(), command, bounce,
				reason.id(), reasonText.description(), retry, reasonText.action(),
				(provider != null) ? new Explanation.Provider(provider.name(), provider.documentation()) : null,
				evidence, findings);
	}

	// the report's status, unless the text has a code that says more: the report says
	// only its class (X.0.0), or only that the reporting server gave up retrying (X.4.7,
	// delivery time expired) while the text keeps the code of the last answer, which says
	// why; or the report's class disagrees with the server's reply code and the text's
	// code agrees with it
	private static String preferred(String reported, String inText, String replyCode) {
		if (reported == null || inText == null) {
			return (reported != null) ? reported : inText;
		}
		if (inText.charAt(0) != reported.charAt(0)) {
			return (replyCode != null && replyCode.charAt(0) == inText.charAt(0)) ? inText : reported;
		}
		if (!inText.endsWith(".0.0") && (reported.endsWith(".0.0") || reported.endsWith(".4.7"))) {
			return inText;
		}
		return reported;
	}

	private BounceRules.Reason classify(Facts facts, String input, String lowerCase, int classDigit, String status,
			String command, BounceRules.Provider provider, BounceRules rules, List<Explanation.Evidence> evidence) {
		if (facts.reason() != null && rules.has(facts.reason())) {
			evidence.add(new Explanation.Evidence("report", facts.reason()));
			return rules.reason(facts.reason());
		}
		if (classDigit == 2 || "delivered".equals(facts.action())) {
			evidence.add(new Explanation.Evidence("class", "2"));
			return rules.reason("delivered");
		}
		// a provider's own codes and sentences mean what the provider documents, before
		// what any server means
		boolean queued = Facts.DEFERRED.equals(facts.action());
		if (provider != null) {
			for (BounceRules.Rule rule : provider.reasons()) {
				if (queued && rule.reason().equals(EXPIRED)) {
					continue;
				}
				for (BounceRules.Phrase phrase : rule.patterns()) {
					String matched = phrase.find(input, lowerCase);
					if (matched != null) {
						evidence.add(new Explanation.Evidence("provider", provider.name() + " " + rule.reason() + ": /"
								+ phrase.source() + "/ matched \"" + matched + "\""));
						return rules.reason(rule.reason());
					}
				}
			}
		}
		String decisive = status(status, rules, true, evidence);
		if (decisive != null) {
			return rules.reason(decisive);
		}
		for (BounceRules.Rule rule : rules.rules()) {
			// the words of an expiry ("connection timed out", "retry time not reached")
			// end a bounce when the queue gave up; of a message still queued, they say
			// why this attempt failed, which the other rules read
			if (!rule.readsReplyTo(command) || (queued && rule.reason().equals(EXPIRED))) {
				continue;
			}
			for (BounceRules.Phrase phrase : rule.patterns()) {
				String matched = phrase.find(input, lowerCase);
				if (matched != null) {
					evidence.add(new Explanation.Evidence("phrase",
							rule.reason() + ": /" + phrase.source() + "/ matched \"" + matched + "\""));
					if (rule.reason().equals("userunknown") && refusedAfterRecipient(status, command, facts)) {
						evidence.add(new Explanation.Evidence("command",
								((command != null) ? "refused after " + command
										: "a whole report that names no command")
										+ ": the recipient's side filtered the message"));
						return rules.reason("filtered");
					}
					return rules.reason(rule.reason());
				}
			}
		}
		if ("delayed".equals(facts.action())) {
			// a delay notice: the message is still queued, and its time is running out
			evidence.add(new Explanation.Evidence("action", "delayed"));
			return rules.reason(EXPIRED);
		}
		String byStatus = status(status, rules, false, evidence);
		if (byStatus != null) {
			return rules.reason(byStatus);
		}
		if ("CONNECT".equals(command) || "EHLO".equals(command) || "HELO".equals(command)) {
			// refused before any message was sent: what the server refused is the client
			evidence.add(new Explanation.Evidence("command", command));
			return rules.reason("blocked");
		}
		if (classDigit > 0 || (facts.whole() && !input.isBlank())) {
			// a reply, or a report's words, that no rule reads: the reason is on hold,
			// not unknown
			evidence.add(new Explanation.Evidence("class", (classDigit > 0) ? Integer.toString(classDigit) : "none"));
			return rules.reason("onhold");
		}
		evidence.add(new Explanation.Evidence("class", "none"));
		return rules.reason(UNDEFINED);
	}

	// Words that say the address is unknown, where the server did not refuse the address
	// itself: after it accepted the recipient and read the message (DATA), or where a
	// whole report names no SMTP command, so that the refusal came from a system that had
	// accepted the message (a gateway, a filter, the mailbox's own rules). Sisimai reads
	// both as the recipient's side filtering the message. A status of X.1.x names the
	// address as the problem, and stands.
	private static boolean refusedAfterRecipient(String status, String command, Facts facts) {
		if (status != null && status.length() > 3 && status.startsWith(".1.", 1)) {
			return false;
		}
		return "DATA".equals(command) || (command == null && facts.whole());
	}

	// the enhanced-code table: the code itself (4.2.2) first, then its detail (X.2.2)
	private static String status(String code, BounceRules rules, boolean decisive,
			List<Explanation.Evidence> evidence) {
		if (code == null) {
			return null;
		}
		for (String key : List.of(code, "X" + code.substring(1))) {
			String reason = rules.statusReasons().get(key);
			if (reason != null && rules.decisiveStatuses().contains(key) == decisive) {
				evidence.add(new Explanation.Evidence("status", key + " -> " + reason));
				return reason;
			}
			if (reason != null) {
				return null;
			}
		}
		return null;
	}

	// the provider the facts identify: the server that refused, the recipient's domain,
	// or the reply's words
	private static BounceRules.Provider provider(Facts facts, String input, String lowerCase, BounceRules rules,
			List<Explanation.Evidence> evidence) {
		for (BounceRules.Provider provider : rules.providers()) {
			if (provider.hosts(facts.remoteHost())) {
				evidence
					.add(new Explanation.Evidence("provider", provider.name() + ": remote host " + facts.remoteHost()));
				return provider;
			}
		}
		for (BounceRules.Provider provider : rules.providers()) {
			if (provider.hosts(facts.recipient())) {
				evidence
					.add(new Explanation.Evidence("provider", provider.name() + ": recipient " + facts.recipient()));
				return provider;
			}
		}
		for (BounceRules.Provider provider : rules.providers()) {
			for (BounceRules.Phrase phrase : provider.patterns()) {
				String matched = phrase.find(input, lowerCase);
				if (matched != null) {
					evidence.add(new Explanation.Evidence("provider",
							provider.name() + ": /" + phrase.source() + "/ matched \"" + matched + "\""));
					return provider;
				}
			}
		}
		return null;
	}

	// Sisimai's rule: a hard bounce is a property of the reason, not of the 4xx/5xx
	// class. But when the reply code and the enhanced code disagree on the class, the
	// reply code decides, as it decides the retry (RFC 5321 section 4.2.1, RFC 2034
	// section 4): a temporary reply keeps the message queued, so it is a soft bounce
	// whatever its words say ("450 5.1.1 User unknown"), and never a hard bounce that is
	// retryable
	private static String bounce(BounceRules.Reason reason, int classDigit, boolean classesDiffer, boolean queued) {
		if (!reason.failure() || classDigit == 2 || classDigit == 3) {
			return Explanation.NONE;
		}
		// a message still queued (a log's deferral) has not bounced, whatever its reply's
		// words: soft at most
		if ((classesDiffer && classDigit == 4) || queued) {
			return Explanation.SOFT;
		}
		return switch (reason.hard()) {
			case ALWAYS -> Explanation.HARD;
			case NEVER -> Explanation.SOFT;
			case WHEN_PERMANENT -> (classDigit == 4) ? Explanation.SOFT : Explanation.HARD;
		};
	}

	// Whether to retry comes from the reply code (RFC 5321 section 4.2.1; RFC 2034
	// section 4 requires the enhanced code to have the same class, and where it does not,
	// the reply code wins), with the exceptions the catalogue records for it; without a
	// reply code, from the enhanced code. The advice is always one written for that
	// verdict, never one for the other: the enhanced code's when it says the same (it is
	// the more specific), else the reply code's own, after a sentence on the mismatch
	// when the two codes' classes differ ("550 4.1.1": not retryable, and the advice of
	// 4.1.1, which says to retry, is not given).
	private CodeDocument.Retry retry(BounceRules.Reason reason, String replyCode, CodeDocument reply,
			CodeDocument enhanced, int classDigit, String lowerCase, Locale locale) {
		if (!reason.failure() || classDigit == 2 || classDigit == 3) {
			return null;
		}
		// RFC 5321 section 4.5.3.1.10: a 552 that means too many recipients is temporary
		if (reply != null && reply.code().equals("552") && reason.id().equals("toomanyconn")) {
			return new CodeDocument.Retry(true, message("explain.retry.tooManyRecipients", locale));
		}
		CodeDocument.Retry byReply = (reply != null) ? reply.retry() : null;
		CodeDocument.Retry byEnhanced = (enhanced != null) ? enhanced.retry() : null;
		boolean retryable;
		if (byReply != null) {
			retryable = byReply.retryable();
		}
		else if (replyCode != null) {
			// a reply code the catalogue lacks: RFC 5321 section 4.2.1 has clients act on
			// its first digit
			retryable = replyCode.charAt(0) == '4';
		}
		else if (byEnhanced != null) {
			retryable = byEnhanced.retryable();
		}
		else {
			return null;
		}
		if (retryable && saysNotToRetry(lowerCase)) {
			return new CodeDocument.Retry(false, message("explain.retry.saysNotToRetry", locale));
		}
		if (byEnhanced != null && byEnhanced.retryable() == retryable) {
			return new CodeDocument.Retry(retryable, byEnhanced.advice());
		}
		String own = (byReply != null) ? byReply.advice() : null;
		// the sentence on the mismatch says what the reply code's class says; a 4xx that
		// the catalogue knows not to be retryable (432) has its own advice
		if (enhanced != null && replyCode != null && enhanced.code().charAt(0) != replyCode.charAt(0)
				&& retryable == (replyCode.charAt(0) == '4')) {
			String mismatch = message(retryable ? "explain.retry.temporaryReply" : "explain.retry.permanentReply",
					locale, replyCode, enhanced.code());
			return new CodeDocument.Retry(retryable,
					(own != null) ? message("explain.retry.thenOwnAdvice", locale, mismatch, own) : mismatch);
		}
		return (own != null) ? new CodeDocument.Retry(retryable, own) : null;
	}

	// a temporary reply whose text says that trying again will not help
	private static boolean saysNotToRetry(String lowerCase) {
		for (String phrase : List.of("do not retry", "don't retry", "retrying will not", "retry will not",
				"will not succeed", "do not try again", "will not be retried")) {
			if (lowerCase.contains(phrase)) {
				return true;
			}
		}
		return false;
	}

	private CodeDocument document(String code, String language, List<Explanation.Finding> findings, Locale locale) {
		if (code == null) {
			return null;
		}
		try {
			CodeDocument document = this.catalogue.require(code, language);
			if (Boolean.TRUE.equals(document.outsideGrammar())) {
				findings.add(finding("outside-grammar", locale, code));
			}
			if (Boolean.FALSE.equals(document.registered())) {
				findings.add(finding("unregistered-detail", locale, code));
			}
			return document;
		}
		catch (UnknownCode ex) {
			findings
				.add(finding((CodeId.parse(code) instanceof CodeId.Reply) ? "unknown-reply-code" : "unknown-subject",
						locale, code));
			return null;
		}
		catch (MalformedCode ex) {
			return null;
		}
	}

	private Explanation.Finding finding(String type, Locale locale, Object... arguments) {
		return new Explanation.Finding(type, message("explain.finding." + type, locale, arguments));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
