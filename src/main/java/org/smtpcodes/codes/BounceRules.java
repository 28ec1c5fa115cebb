package org.smtpcodes.codes;

import java.util.List;
import java.util.Map;

import com.google.re2j.Pattern;

/**
 * The rules that classify a bounce, as data of the catalogue: the reasons (Sisimai's taxonomy) with the
 * phrases servers use for each, the providers that can be recognised in a reply, and the enhanced-code
 * table used when no phrase matches. Every pattern is an RE2/J pattern, matched in linear time.
 *
 * @param reasons the reasons
 * @param rules the phrases of each reason, in the order they are tried (a reason may have several rules, at
 * different priorities)
 * @param providers the providers, in the order they are tried
 * @param statusReasons the reason of an enhanced code (4.2.2) or detail (X.2.2) when no phrase matches
 * @param decisiveStatuses the enhanced codes and details whose reason holds whatever the text says
 */
public record BounceRules(List<Reason> reasons, List<Rule> rules, List<Provider> providers,
		Map<String, String> statusReasons, java.util.Set<String> decisiveStatuses) {

	public BounceRules {
		reasons = List.copyOf(reasons);
		rules = List.copyOf(rules);
		providers = List.copyOf(providers);
		statusReasons = Map.copyOf(statusReasons);
		decisiveStatuses = java.util.Set.copyOf(decisiveStatuses);
	}

	/** Whether a reason makes a hard bounce (the address itself is bad). */
	public enum Hard {

		/** Always a hard bounce. */
		ALWAYS,

		/** Never a hard bounce. */
		NEVER,

		/** A hard bounce when the failure is permanent (Sisimai's rule for notaccept). */
		WHEN_PERMANENT

	}

	/**
	 * A reason class.
	 * @param id e.g. userunknown
	 * @param hard whether it makes a hard bounce
	 * @param failure whether it reports a failure at all (delivered and vacation do not)
	 */
	public record Reason(String id, Hard hard, boolean failure) {
	}

	/**
	 * Phrases that servers use for a reason.
	 * @param reason the reason's identifier
	 * @param patterns the phrases
	 */
	public record Rule(String reason, List<Phrase> patterns) {

		public Rule {
			patterns = List.copyOf(patterns);
		}

	}

	/** The reason of the given identifier. */
	public Reason reason(String id) {
		return this.reasons.stream()
			.filter((reason) -> reason.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No reason " + id));
	}

	/**
	 * A pattern, with the text it was written as.
	 * @param source the pattern as written in the catalogue
	 * @param pattern the compiled pattern (case-insensitive)
	 */
	public record Phrase(String source, Pattern pattern) {
	}

	/**
	 * A provider that can be recognised in a reply.
	 * @param name e.g. Gmail (Google)
	 * @param documentation the provider's page on its SMTP errors
	 * @param patterns phrases that identify the provider
	 */
	public record Provider(String name, String documentation, List<Phrase> patterns) {

		public Provider {
			patterns = List.copyOf(patterns);
		}

	}

}
