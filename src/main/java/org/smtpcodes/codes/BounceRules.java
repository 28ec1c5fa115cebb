package org.smtpcodes.codes;

import java.util.List;
import java.util.Map;

import com.google.re2j.Pattern;

/**
 * The rules that classify a bounce, as data of the catalogue: the reasons (Sisimai's taxonomy) with the
 * phrases servers use for each, the providers that can be recognised in a reply, and the enhanced-code
 * table used when no phrase matches. Every pattern is an RE2/J pattern, matched in linear time.
 *
 * @param reasons the reasons, in the order their patterns are tried
 * @param providers the providers, in the order they are tried
 * @param statusReasons the reason of an enhanced code (4.2.2) or detail (X.2.2) when no phrase matches
 */
public record BounceRules(List<Reason> reasons, List<Provider> providers, Map<String, String> statusReasons) {

	public BounceRules {
		reasons = List.copyOf(reasons);
		providers = List.copyOf(providers);
		statusReasons = Map.copyOf(statusReasons);
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
	 * @param patterns phrases that servers use for it
	 */
	public record Reason(String id, Hard hard, boolean failure, List<Phrase> patterns) {

		public Reason {
			patterns = List.copyOf(patterns);
		}

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
