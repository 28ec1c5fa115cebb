package org.smtpcodes.explain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.re2j.Pattern;

/**
 * The rules that classify a bounce, as data of the catalogue's files: the reasons
 * (Sisimai's taxonomy) with the phrases servers use for each, the providers that can be
 * recognised in a reply, and the enhanced-code table used when no phrase matches. Every
 * pattern is an RE2/J pattern, matched in linear time.
 *
 * @param reasons the reasons
 * @param rules the phrases of each reason, in the order they are tried (a reason may have
 * several rules, at different priorities)
 * @param providers the providers, in the order they are tried
 * @param statusReasons the reason of an enhanced code (4.2.2) or detail (X.2.2) when no
 * phrase matches
 * @param decisiveStatuses the enhanced codes and details whose reason holds whatever the
 * text says
 * @param texts what each reason means and what to do, by language and reason
 */
record BounceRules(List<Reason> reasons, List<Rule> rules, List<Provider> providers, Map<String, String> statusReasons,
		Set<String> decisiveStatuses, Map<String, Map<String, ReasonText>> texts) {

	BounceRules {
		reasons = List.copyOf(reasons);
		rules = List.copyOf(rules);
		providers = List.copyOf(providers);
		statusReasons = Map.copyOf(statusReasons);
		decisiveStatuses = Set.copyOf(decisiveStatuses);
		texts = Map.copyOf(texts);
	}

	/**
	 * What a reason means and what to do, in one language.
	 * @param reason one of {@link #reasons()}
	 * @param language one of the catalogue's languages
	 * @return its texts
	 */
	ReasonText text(String reason, String language) {
		return this.texts.get(language).get(reason);
	}

	/**
	 * A reason class, in one language.
	 *
	 * @param description what it means
	 * @param action what to do now
	 */
	record ReasonText(String description, String action) {
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
	 *
	 * @param id e.g. userunknown
	 * @param hard whether it makes a hard bounce
	 * @param failure whether it reports a failure at all (delivered and vacation do not)
	 */
	public record Reason(String id, Hard hard, boolean failure) {
	}

	/**
	 * Phrases that servers use for a reason.
	 *
	 * @param reason the reason's identifier
	 * @param patterns the phrases
	 * @param after the SMTP command in reply to which the phrases mean the reason
	 * ({@code MAIL}), or null for any
	 */
	public record Rule(String reason, List<Phrase> patterns, String after) {

		public Rule {
			patterns = List.copyOf(patterns);
		}

		public Rule(String reason, List<Phrase> patterns) {
			this(reason, patterns, null);
		}

		/**
		 * Whether the rule reads a reply to the given command (null when it is not
		 * known).
		 */
		public boolean readsReplyTo(String command) {
			return this.after == null || this.after.equals(command);
		}

	}

	/** Whether the given identifier is one of the reasons. */
	public boolean has(String id) {
		return this.reasons.stream().anyMatch((reason) -> reason.id().equals(id));
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
	 *
	 * @param source the pattern as written in the catalogue
	 * @param pattern the compiled pattern (case-insensitive)
	 * @param literals for a pattern made only of plain words, alternatives and optional
	 * parts ({@code \\b(host|domain) (name )?not found\\b}), every phrase it can match,
	 * in lower case and in the order the pattern prefers them; they are found with
	 * {@code indexOf}, without running the pattern. Null for any other pattern.
	 * @param required for any other pattern with a plain part
	 * ({@code \\bhas moved\\b.*\\bno forwarding\\b}), the phrases one of which every
	 * match holds, in lower case: a text that holds none of them is not given to the
	 * pattern. Null when the pattern has no plain part.
	 * @param wordStart whether the pattern begins with a word boundary
	 * @param wordEnd whether the pattern ends with a word boundary
	 */
	public record Phrase(String source, Pattern pattern, List<String> literals, List<String> required,
			boolean wordStart, boolean wordEnd) {

		/** A phrase of the given source, compiled case-insensitively. */
		public static Phrase of(String source) {
			Pattern pattern = Pattern.compile(source, Pattern.CASE_INSENSITIVE);
			boolean wordStart = source.startsWith("\\b");
			boolean wordEnd = source.endsWith("\\b") && !source.endsWith("\\\\b");
			String body = source.substring(wordStart ? 2 : 0, source.length() - (wordEnd ? 2 : 0));
			List<String> literals = Expansion.of(body);
			if (literals != null) {
				for (String literal : literals) {
					// a boundary next to a character that is not a word character means
					// something else in RE2
					if (literal.isEmpty() || (wordStart && !isWord(literal.charAt(0)))
							|| (wordEnd && !isWord(literal.charAt(literal.length() - 1)))) {
						literals = null;
						break;
					}
				}
			}
			List<String> required = (literals != null) ? null : Expansion.required(source);
			return new Phrase(source, pattern, literals, required, wordStart, wordEnd);
		}

		/**
		 * Finds the phrase.
		 * @param text the text
		 * @param lowerCase the text as {@link #lowerCase} gives it (same length)
		 * @return the text that matched, or null
		 */
		public String find(String text, String lowerCase) {
			if (this.literals == null) {
				if (this.required != null && !holdsAny(lowerCase, this.required)) {
					return null;
				}
				com.google.re2j.Matcher matcher = this.pattern.matcher(text);
				return matcher.find() ? matcher.group() : null;
			}
			int bestStart = Integer.MAX_VALUE;
			int bestEnd = -1;
			for (String literal : this.literals) {
				int from = 0;
				int at;
				while ((at = lowerCase.indexOf(literal, from)) >= 0 && at < bestStart) {
					int end = at + literal.length();
					// RE2's boundaries are about the text itself: a folded ſ or K is no
					// ASCII word character
					if ((!this.wordStart || (isWord(text.charAt(at)) && (at == 0 || !isWord(text.charAt(at - 1)))))
							&& (!this.wordEnd || (isWord(text.charAt(end - 1))
									&& (end == text.length() || !isWord(text.charAt(end)))))) {
						bestStart = at;
						bestEnd = end;
						break;
					}
					from = at + 1;
				}
			}
			return (bestEnd >= 0) ? text.substring(bestStart, bestEnd) : null;
		}

		private static boolean holdsAny(String lowerCase, List<String> phrases) {
			for (String phrase : phrases) {
				if (lowerCase.contains(phrase)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The text folded as a case-insensitive RE2 pattern folds the ASCII letters:
		 * lower case, and the Kelvin sign and the long s as k and s. Unlike
		 * String.toLowerCase, it keeps every index.
		 */
		public static String lowerCase(String text) {
			char[] chars = text.toCharArray();
			for (int i = 0; i < chars.length; i++) {
				char c = chars[i];
				if (c >= 'A' && c <= 'Z') {
					chars[i] = (char) (c + ('a' - 'A'));
				}
				else if (c == '\u212A') {
					chars[i] = 'k';
				}
				else if (c == '\u017F') {
					chars[i] = 's';
				}
			}
			return new String(chars);
		}

		// RE2's \\b: ASCII letters, digits and underscore
		private static boolean isWord(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
		}

	}

	/**
	 * Expands a pattern made of plain characters, groups of alternatives and optional
	 * parts into every string it matches, in the order a leftmost-first matcher prefers
	 * them (an optional part taken before it is left out). Anything else (repetition,
	 * classes other than a small set, anchors) gives null.
	 */
	static final class Expansion {

		private static final int MAX = 512;

		private final String pattern;

		private int at;

		private Expansion(String pattern) {
			this.pattern = pattern;
		}

		static List<String> of(String pattern) {
			Expansion expansion = new Expansion(pattern);
			List<String> result = expansion.alternatives();
			return (result != null && expansion.at == pattern.length()) ? List.copyOf(result) : null;
		}

		/**
		 * Phrases one of which every match of a pattern holds: the expansion of its
		 * longest plain run (plain words, alternatives of them and optional parts,
		 * between parts that are not plain or are repeated). Null when the pattern has
		 * alternatives at its top level, or no plain run.
		 */
		static List<String> required(String pattern) {
			if (topLevelAlternatives(pattern)) {
				return null;
			}
			Expansion expansion = new Expansion(pattern);
			List<String> best = null;
			List<String> run = List.of("");
			while (expansion.at < pattern.length()) {
				int start = expansion.at;
				List<String> atom = expansion.atom();
				if (atom == null) {
					expansion.at = start;
					expansion.skipAtom();
				}
				atom = expansion.optional(atom);
				if (expansion.at < pattern.length() && "*+{".indexOf(pattern.charAt(expansion.at)) >= 0) {
					expansion.skipQuantifier();
					atom = null;
				}
				List<String> next = (atom != null) ? product(run, atom) : null;
				if (next == null) {
					best = longer(best, run);
					run = (atom != null) ? atom : List.of("");
				}
				else {
					run = next;
				}
			}
			best = longer(best, run);
			return (best == null) ? null : List.copyOf(best);
		}

		private static List<String> longer(List<String> best, List<String> run) {
			int length = shortest(run);
			return (length > 0 && (best == null || length > shortest(best))) ? run : best;
		}

		private static int shortest(List<String> phrases) {
			return phrases.stream().mapToInt(String::length).min().orElse(0);
		}

		// past a part of the pattern that is not plain: an escape, a class, a group, or
		// any single character
		private void skipAtom() {
			char c = this.pattern.charAt(this.at);
			if (c == '\\') {
				this.at = Math.min(this.at + 2, this.pattern.length());
			}
			else if (c == '[') {
				this.at = classEnd(this.pattern, this.at);
			}
			else if (c == '(') {
				int depth = 0;
				while (this.at < this.pattern.length()) {
					char d = this.pattern.charAt(this.at);
					if (d == '\\') {
						this.at += 2;
						continue;
					}
					if (d == '[') {
						this.at = classEnd(this.pattern, this.at);
						continue;
					}
					this.at++;
					if (d == '(') {
						depth++;
					}
					else if (d == ')' && --depth == 0) {
						return;
					}
				}
			}
			else {
				this.at += Character.isHighSurrogate(c) ? 2 : 1;
			}
		}

		// past a quantifier (*, +, {n,m}) and its lazy mark
		private void skipQuantifier() {
			if (this.pattern.charAt(this.at) == '{') {
				int close = this.pattern.indexOf('}', this.at);
				this.at = (close < 0) ? this.pattern.length() : close + 1;
			}
			else {
				this.at++;
			}
			if (this.at < this.pattern.length() && this.pattern.charAt(this.at) == '?') {
				this.at++;
			}
		}

		// the index after the class that opens at the given index ([^]a] holds ])
		private static int classEnd(String pattern, int open) {
			int i = open + 1;
			if (i < pattern.length() && pattern.charAt(i) == '^') {
				i++;
			}
			if (i < pattern.length() && pattern.charAt(i) == ']') {
				i++;
			}
			while (i < pattern.length() && pattern.charAt(i) != ']') {
				i += (pattern.charAt(i) == '\\') ? 2 : 1;
			}
			return Math.min(i + 1, pattern.length());
		}

		private static boolean topLevelAlternatives(String pattern) {
			Expansion expansion = new Expansion(pattern);
			while (expansion.at < pattern.length()) {
				if (pattern.charAt(expansion.at) == '|') {
					return true;
				}
				expansion.skipAtom();
			}
			return false;
		}

		private List<String> alternatives() {
			List<String> all = new java.util.ArrayList<>();
			while (true) {
				List<String> sequence = sequence();
				if (sequence == null) {
					return null;
				}
				all.addAll(sequence);
				if (this.at < this.pattern.length() && this.pattern.charAt(this.at) == '|') {
					this.at++;
					continue;
				}
				return (all.size() <= MAX) ? all : null;
			}
		}

		private List<String> sequence() {
			List<String> result = new java.util.ArrayList<>(List.of(""));
			while (this.at < this.pattern.length()) {
				char c = this.pattern.charAt(this.at);
				if (c == '|' || c == ')') {
					return result;
				}
				List<String> atom = atom();
				if (atom == null) {
					return null;
				}
				result = product(result, optional(atom));
				if (result == null) {
					return null;
				}
			}
			return result;
		}

		// an atom followed by ?: the atom or nothing (a ? after a part that is not plain
		// is passed over too)
		private List<String> optional(List<String> atom) {
			if (this.at < this.pattern.length() && this.pattern.charAt(this.at) == '?') {
				this.at++;
				if (atom != null) {
					List<String> either = new java.util.ArrayList<>(atom);
					either.add("");
					return either;
				}
			}
			return atom;
		}

		// every phrase of the first list followed by every phrase of the second; null
		// beyond MAX
		private static List<String> product(List<String> prefixes, List<String> suffixes) {
			List<String> all = new java.util.ArrayList<>();
			for (String prefix : prefixes) {
				for (String suffix : suffixes) {
					all.add(prefix + suffix);
				}
			}
			return (all.size() <= MAX) ? all : null;
		}

		private List<String> atom() {
			char c = this.pattern.charAt(this.at);
			if (c == '(') {
				this.at++;
				List<String> inner = alternatives();
				if (inner == null || this.at >= this.pattern.length() || this.pattern.charAt(this.at) != ')') {
					return null;
				}
				this.at++;
				return inner;
			}
			if (c == '[') {
				int close = this.pattern.indexOf(']', this.at);
				if (close < 0) {
					return null;
				}
				List<String> chars = new java.util.ArrayList<>();
				char[] members = this.pattern.substring(this.at + 1, close).toCharArray();
				for (int i = 0; i < members.length; i++) {
					char member = members[i];
					if (!plain(member) || member == '^') {
						return null;
					}
					if (i + 2 < members.length && members[i + 1] == '-') {
						// a range such as 0-9 or a-f: its characters, when it stays among
						// letters or digits
						char last = members[i + 2];
						if (!Character.isLetterOrDigit(member) || !Character.isLetterOrDigit(last) || last < member
								|| last > 127 || last - member > 25) {
							return null;
						}
						for (char ranged = member; ranged <= last; ranged++) {
							String each = Character.toString(lower(ranged));
							if (!chars.contains(each)) {
								chars.add(each);
							}
						}
						i += 2;
						continue;
					}
					chars.add(Character.toString(lower(member)));
				}
				this.at = close + 1;
				return chars;
			}
			if (c == '\\') {
				if (this.at + 1 < this.pattern.length()
						&& ".-/()[]{}*+?|^$\\".indexOf(this.pattern.charAt(this.at + 1)) >= 0) {
					this.at += 2;
					return List.of(Character.toString(this.pattern.charAt(this.at - 1)));
				}
				return null;
			}
			if (plain(c)) {
				this.at++;
				return List.of(Character.toString(lower(c)));
			}
			return null;
		}

		private static boolean plain(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| " ,'/_-".indexOf(c) >= 0 || caseless(c);
		}

		// a character outside ASCII without case (CJK, Hebrew, Arabic, Thai, their
		// punctuation ...): a case-insensitive pattern matches it as it is
		private static boolean caseless(char c) {
			return c > 127 && !Character.isSurrogate(c) && !Character.isWhitespace(c) && !Character.isISOControl(c)
					&& Character.toLowerCase(c) == c && Character.toUpperCase(c) == c && Character.toTitleCase(c) == c;
		}

		// the only letters that a case-insensitive RE2 pattern also matches outside ASCII
		// are k and s, which lowerCase folds back to ASCII
		private static char lower(char c) {
			return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
		}

	}

	/**
	 * A provider that can be recognised in a reply, and what its own words and codes
	 * mean.
	 *
	 * @param name e.g. Gmail (Google)
	 * @param documentation the provider's page on its SMTP errors
	 * @param patterns phrases that identify the provider in a reply
	 * @param hosts the domains of its mail servers and of its users' addresses: a remote
	 * host or a recipient in one of them (or below it) identifies the provider too
	 * @param reasons the reasons of the provider's own replies (its error codes, its
	 * fixed sentences), tried before the rules that hold for every server
	 */
	public record Provider(String name, String documentation, List<Phrase> patterns, List<String> hosts,
			List<Rule> reasons) {

		public Provider {
			patterns = List.copyOf(patterns);
			hosts = List.copyOf(hosts);
			reasons = List.copyOf(reasons);
		}

		/**
		 * Whether a host or an address's domain is one of the provider's, or below one.
		 */
		public boolean hosts(String host) {
			if (host == null) {
				return false;
			}
			String domain = host.toLowerCase(java.util.Locale.ROOT);
			int at = domain.lastIndexOf('@');
			if (at >= 0) {
				domain = domain.substring(at + 1);
			}
			while (domain.endsWith(".")) {
				domain = domain.substring(0, domain.length() - 1);
			}
			for (String own : this.hosts) {
				if (domain.endsWith(own) && (domain.length() == own.length()
						|| domain.charAt(domain.length() - own.length() - 1) == '.')) {
					return true;
				}
			}
			return false;
		}

	}

}
