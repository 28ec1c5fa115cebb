package org.smtpcodes.maillog;

import java.util.Map;

import org.smtpcodes.explain.Decision;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Facts;

/**
 * The explain engine's decisions on the failed attempts of one log. A log repeats the
 * same replies thousands of times, so the engine reads each masked reply once (with the
 * same logged status, command and provider) and the rest share its decision; a bounded
 * number are kept, the least used dropped first.
 */
final class Verdicts {

	private static final int MAX_KEPT = 2048;

	// a delivery needs no decision, and its reply is grouped nowhere
	private static final Verdict DELIVERED = new Verdict("", null);

	private final Explainer explainer;

	private final String language;

	private final Map<String, Verdict> kept = new Recent<>(MAX_KEPT);

	private final Map<String, String> providers = new Recent<>(MAX_KEPT);

	Verdicts(Explainer explainer, String language) {
		this.explainer = explainer;
		this.language = language;
	}

	/**
	 * The decision on an attempt, with the masked reply it was kept under.
	 */
	Verdict of(Attempt attempt) {
		if (attempt.outcome() == Outcome.DELIVERED) {
			return DELIVERED;
		}
		String said = attempt.said();
		String masked = (said != null) ? Masking.reply(said) : "";
		if (attempt.cause() != null) {
			// grouped by its own words, decided by the failure it waits out
			return new Verdict(masked, of(attempt.cause()).decision());
		}
		String provider = provider(attempt);
		String key = masked + '\u0000' + attempt.outcome() + '\u0000' + attempt.dsn() + '\u0000' + attempt.command()
				+ '\u0000' + provider;
		Verdict verdict = this.kept.get(key);
		if (verdict == null) {
			verdict = new Verdict(masked, decide(attempt));
			this.kept.put(key, verdict);
		}
		return verdict;
	}

	/**
	 * The engine's decision on one attempt, read afresh: on what its line says, or on the
	 * failure it waits out.
	 */
	Decision decide(Attempt attempt) {
		if (attempt.cause() != null) {
			return decide(attempt.cause());
		}
		String said = attempt.said();
		String text = (said == null) ? "" : EximLog.NAME.equals(attempt.format()) ? said.replace("\\n", "\n") : said;
		// the log says the message expired: that is its reason, whatever the last reply
		// was
		String reason = (attempt.outcome() == Outcome.EXPIRED) ? "expired" : null;
		String action = (attempt.outcome() == Outcome.DEFERRED) ? Facts.DEFERRED : null;
		Facts facts = new Facts(text, attempt.enhancedCode() == null ? status(attempt.dsn()) : null,
				attempt.replyCode(), attempt.command(), action, null, attempt.remoteHost(), reason, attempt.recipient(),
				false);
		return this.explainer.decide(facts, this.language);
	}

	// a logged status stands for the reply's missing enhanced code, unless it is only a
	// class (Postfix logs 5.0.0 for a reply without an enhanced code)
	private static String status(String dsn) {
		return (dsn == null || !Fields.isEnhancedCode(dsn) || dsn.endsWith(".0.0")) ? null : dsn;
	}

	private String provider(Attempt attempt) {
		String host = attempt.remoteHost();
		String domain = attempt.recipientDomain();
		String key = host + '\u0000' + domain;
		String provider = this.providers.get(key);
		if (provider == null) {
			provider = this.explainer.providerOf(host, domain);
			this.providers.put(key, (provider != null) ? provider : "");
		}
		return (provider == null || provider.isEmpty()) ? null : provider;
	}

	/**
	 * A decision and the masked reply it was kept under.
	 *
	 * @param masked the reply with addresses, IP addresses, ids and numbers masked
	 * @param decision the engine's decision, null for a delivered attempt
	 */
	record Verdict(String masked, Decision decision) {

		String reason() {
			return (this.decision != null) ? this.decision.reason() : "delivered";
		}

		String provider() {
			return (this.decision != null && this.decision.provider() != null) ? this.decision.provider().name() : null;
		}

	}

}
