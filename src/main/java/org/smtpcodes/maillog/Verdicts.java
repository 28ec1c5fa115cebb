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

	private final Map<String, Decision> kept = new Recent<>(MAX_KEPT);

	private final Map<String, String> providers = new Recent<>(MAX_KEPT);

	Verdicts(Explainer explainer, String language) {
		this.explainer = explainer;
		this.language = language;
	}

	/**
	 * The decision on an attempt, with the masked reply it is grouped under: its own
	 * words, while an attempt that waits out an earlier failure is decided by that
	 * failure's.
	 */
	Verdict of(Attempt attempt) {
		if (attempt.outcome() == Outcome.DELIVERED) {
			return DELIVERED;
		}
		String masked = masked(attempt);
		Attempt why = why(attempt);
		String provider = provider(why);
		String key = ((why == attempt) ? masked : masked(why)) + '\u0000' + attempt.outcome() + '\u0000' + why.dsn()
				+ '\u0000' + why.command() + '\u0000' + provider;
		Decision decision = this.kept.get(key);
		if (decision == null) {
			decision = decide(attempt);
			this.kept.put(key, decision);
		}
		return new Verdict(masked, decision);
	}

	/**
	 * The engine's decision on one attempt, read afresh: on what its line says, or on the
	 * failure it waits out; what became of it (deferred, expired) is its own.
	 */
	Decision decide(Attempt attempt) {
		Attempt why = why(attempt);
		String said = why.said();
		String text = (said == null) ? "" : EximLog.NAME.equals(why.format()) ? said.replace("\\n", "\n") : said;
		// the log says the message expired: that is its reason, whatever the last reply
		// was
		String reason = (attempt.outcome() == Outcome.EXPIRED) ? "expired" : null;
		String action = (attempt.outcome() == Outcome.DEFERRED) ? Facts.DEFERRED : null;
		Facts facts = new Facts(text, why.enhancedCode() == null ? status(why.dsn()) : null, why.replyCode(),
				why.command(), action, null, why.remoteHost(), reason, why.recipient(), false);
		return this.explainer.decide(facts, this.language);
	}

	// the attempt whose words say why: itself, or the failure it waits out
	private static Attempt why(Attempt attempt) {
		return (attempt.cause() != null) ? attempt.cause() : attempt;
	}

	private static String masked(Attempt attempt) {
		String said = attempt.said();
		return (said != null) ? Masking.reply(said) : "";
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
