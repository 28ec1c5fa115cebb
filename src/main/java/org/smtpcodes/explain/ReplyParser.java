package org.smtpcodes.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the codes in a reply or a bounce's diagnostic text, the way a postmaster reads
 * one: the reply code that the remote server sent (inside whatever wrapper the sending
 * software put around it), the enhanced code after it (RFC 2034), and the human text.
 * Works by scanning the characters once: no regular expression ever sees the client's
 * text here. Never takes an IP address, a version, a queue id or a time for a code: a
 * code stands alone between separators.
 */
final class ReplyParser {

	// text before a remote reply in the wrappers of common mail software; a code after
	// one is the remote reply
	private static final List<String> MARKERS = List.of("said:", "deferred:", "returned '", "returned \"", "responded",
			"reply:", "response:", "error:", "failed with:", "server:", "<<<", "diagnostic-code:", "as follows:",
			"responsecode", "error_code :", "reason:");

	private ReplyParser() {
	}

	/**
	 * Parses a text.
	 * @param input the reply, a multi-line reply, or a diagnostic line
	 * @return what was found
	 */
	static ParsedReply parse(String input) {
		String normalized = input.replace("\r\n", "\n").replace('\r', '\n').strip();
		List<Candidate> replies = new ArrayList<>();
		List<Candidate> allEnhanced = new ArrayList<>();
		scan(normalized, replies, allEnhanced);

		// the reply is the first line with a reply code, and the lines of a multi-line
		// reply that it opens: what comes after (a returned message, a recipe with "250
		// grams of flour") is not read for codes
		int replyEnd = replyEnd(normalized, replies);
		List<Candidate> enhanced = allEnhanced.stream().filter((candidate) -> candidate.start() < replyEnd).toList();

		// within the reply, the remote reply is the last strong code (a wrapper's own
		// code comes first); its text begins where the run of lines with that code begins
		Candidate primary = null;
		Candidate first = null;
		for (Candidate candidate : replies) {
			if (candidate.strong() && candidate.start() < replyEnd) {
				if (primary == null || !candidate.code().equals(primary.code())) {
					first = candidate;
				}
				primary = candidate;
			}
		}
		if (first != null) {
			primary = first;
		}
		Candidate primaryEnhanced = null;
		if (primary != null) {
			primaryEnhanced = enhancedAfter(primary, enhanced, normalized);
		}
		if (primaryEnhanced == null) {
			for (Candidate candidate : enhanced) {
				if (primary == null || candidate.code().charAt(0) == primary.code().charAt(0)) {
					primaryEnhanced = candidate;
					break;
				}
			}
			if (primaryEnhanced == null && !enhanced.isEmpty() && primary == null) {
				primaryEnhanced = enhanced.get(0);
			}
		}
		Set<String> others = new LinkedHashSet<>();
		for (Candidate candidate : replies) {
			if (candidate.strong() && candidate.start() < replyEnd
					&& (primary == null || !candidate.code().equals(primary.code()))) {
				others.add(candidate.code());
			}
		}
		for (Candidate candidate : enhanced) {
			if (primaryEnhanced == null || !candidate.code().equals(primaryEnhanced.code())) {
				others.add(candidate.code());
			}
		}
		String read = normalized.substring(0, textEnd(normalized, replyEnd, primary != null));
		String text = humanText(read, primary, primaryEnhanced);
		return new ParsedReply((primary != null) ? primary.code() : null,
				(primaryEnhanced != null) ? primaryEnhanced.code() : null, text, List.copyOf(others),
				linesDiffer(normalized.substring(0, replyEnd).split("\n")), read);
	}

	// Where the reply ends: after the line of the first strong reply code, or, when that
	// line continues a multi-line reply ("550-5.1.1 ..."), after the line that ends it
	// (RFC 5321 section 4.2.1: every line but the last has a hyphen after the code).
	// Lines without a code in between (a folded diagnostic) are part of it. The whole
	// text when there is no reply code.
	private static int replyEnd(String text, List<Candidate> replies) {
		int end = -1;
		boolean continues = false;
		for (Candidate candidate : replies) {
			if (!candidate.strong()) {
				continue;
			}
			if (end >= 0 && candidate.start() > end) {
				if (!continues) {
					break;
				}
				end = lineEnd(text, candidate.start());
			}
			else if (end < 0) {
				end = lineEnd(text, candidate.start());
			}
			continues = candidate.end() < text.length() && text.charAt(candidate.end()) == '-';
		}
		return (end >= 0) ? end : text.length();
	}

	// Where the human text of the reply ends: at the first blank line after the reply or
	// at the next line that opens with a reply code, so that a folded line still belongs
	// to it and a returned message does not
	private static int textEnd(String text, int replyEnd, boolean hasReply) {
		if (!hasReply) {
			return text.length();
		}
		int start = replyEnd;
		while (start < text.length()) {
			int end = lineEnd(text, start + 1);
			String line = text.substring(start + 1, end).strip();
			if (line.isEmpty() || (line.length() >= 3 && isReplyCode(line.substring(0, 3))
					&& (line.length() == 3 || " -".indexOf(line.charAt(3)) >= 0))) {
				return start;
			}
			start = end;
		}
		return text.length();
	}

	private static int lineEnd(String text, int from) {
		int end = text.indexOf('\n', Math.min(from, text.length()));
		return (end >= 0) ? end : text.length();
	}

	// every code-shaped token: a run of digits and dots with a separator (or the text's
	// edge) on both sides; one pass, which also keeps what a token needs to know of its
	// line: where the line starts, whether anything but blanks and quote marks came
	// before the token on it, and the last such character
	private static void scan(String text, List<Candidate> replies, List<Candidate> enhanced) {
		int length = text.length();
		int lineStart = 0;
		boolean lineHasText = false;
		char lastOnLine = ' ';
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c == '\n') {
				lineStart = i + 1;
				lineHasText = false;
				lastOnLine = ' ';
				i++;
				continue;
			}
			if (!isDigit(c)) {
				if (c != ' ' && c != '\t') {
					if (c != '>') {
						lineHasText = true;
					}
					lastOnLine = c;
				}
				i++;
				continue;
			}
			int start = i;
			while (i < length && (isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
				i++;
			}
			int end = i;
			// a trailing period ends a sentence, not a code
			while (end > start && text.charAt(end - 1) == '.') {
				end--;
			}
			char before = (start > 0) ? text.charAt(start - 1) : ' ';
			char after = (end < length) ? text.charAt(end) : ' ';
			boolean opensLine = !lineHasText || lastOnLine == ';';
			lineHasText = true;
			lastOnLine = text.charAt(i - 1);
			// "550-5.7.26" is a continuation line's code and its enhanced code; "abc-123"
			// is a word
			boolean continuation = before == '-' && start >= 4 && isReplyCode(text.substring(start - 4, start - 1));
			if (Character.isLetterOrDigit(before) || before == '_'
					|| (before == '-' && !continuation && start > 1
							&& Character.isLetterOrDigit(text.charAt(start - 2)))
					|| Character.isLetter(after) || after == '_') {
				continue;
			}
			String token = text.substring(start, end);
			if (isReplyCode(token)
					&& (after == ' ' || after == '-' || after == '\n' || after == ':' || end == length)) {
				replies.add(new Candidate(token, start, end, opensLine || strong(text, lineStart, start, end)));
			}
			else if (isEnhancedCode(token) && after != '%') {
				enhanced.add(new Candidate(token, start, end, true));
			}
		}
	}

	// a reply code that does not open its line is the remote server's reply when it
	// carries an enhanced code or follows the words with which mail software introduces a
	// remote reply; every look is bounded
	private static boolean strong(String text, int lineStart, int start, int end) {
		int next = end;
		int limit = Math.min(text.length(), end + 4);
		while (next < limit && " -:'\"#".indexOf(text.charAt(next)) >= 0) {
			next++;
		}
		int tokenEnd = next;
		while (tokenEnd < text.length() && tokenEnd - next <= 9
				&& (isDigit(text.charAt(tokenEnd)) || text.charAt(tokenEnd) == '.')) {
			tokenEnd++;
		}
		if (tokenEnd > next && isEnhancedCode(trimDots(text.substring(next, tokenEnd)))) {
			return true;
		}
		String window = text.substring(Math.max(lineStart, start - 40), start).toLowerCase(Locale.ROOT);
		for (String marker : MARKERS) {
			if (window.contains(marker)) {
				return true;
			}
		}
		char before = (start > 0) ? text.charAt(start - 1) : ' ';
		return before == '<' || before == '\'' || before == '"' || before == '[' || before == '(';
	}

	private static Candidate enhancedAfter(Candidate reply, List<Candidate> enhanced, String text) {
		for (Candidate candidate : enhanced) {
			if (candidate.start() >= reply.end() && candidate.start() - reply.end() <= 3) {
				String between = text.substring(reply.end(), candidate.start());
				if (between.chars()
					.allMatch((c) -> c == ' ' || c == '-' || c == ':' || c == '\'' || c == '"' || c == '#')) {
					return candidate;
				}
			}
		}
		return null;
	}

	// the text of the remote reply: after its code and enhanced code, continuation
	// prefixes removed
	private static String humanText(String text, Candidate reply, Candidate enhanced) {
		int from = 0;
		if (reply != null) {
			from = reply.end();
		}
		if (enhanced != null && enhanced.start() >= from && enhanced.start() - from <= 3) {
			from = enhanced.end();
		}
		String rest = text.substring(from);
		StringBuilder human = new StringBuilder();
		for (String line : rest.split("\n")) {
			String cleaned = stripContinuation(line.strip(), (reply != null) ? reply.code() : null,
					(enhanced != null) ? enhanced.code() : null);
			if (!cleaned.isEmpty()) {
				if (!human.isEmpty()) {
					human.append(' ');
				}
				human.append(cleaned);
			}
		}
		String result = human.toString();
		// a wrapper may have joined the lines already: "... domain's 550-5.7.26 DMARC
		// policy"
		if (reply != null && enhanced != null) {
			result = result.replace(" " + reply.code() + "-" + enhanced.code() + " ", " ")
				.replace(" " + reply.code() + " " + enhanced.code() + " ", " ");
		}
		int skip = 0;
		while (skip < result.length() && "-:'\"# ".indexOf(result.charAt(skip)) >= 0) {
			skip++;
		}
		return result.substring(skip).strip();
	}

	private static String stripContinuation(String line, String reply, String enhanced) {
		String rest = line;
		if (reply != null && (rest.startsWith(reply + "-") || rest.startsWith(reply + " "))) {
			rest = rest.substring(reply.length() + 1).strip();
		}
		if (enhanced != null && rest.startsWith(enhanced)) {
			rest = rest.substring(enhanced.length()).strip();
		}
		return rest;
	}

	// RFC 5321 section 4.2.1: every line of a multi-line reply carries the same code
	private static boolean linesDiffer(String[] lines) {
		String code = null;
		for (String line : lines) {
			String trimmed = line.strip();
			if (trimmed.length() >= 4 && isReplyCode(trimmed.substring(0, 3))
					&& (trimmed.charAt(3) == '-' || trimmed.charAt(3) == ' ')) {
				String here = trimmed.substring(0, 3);
				if (code != null && !code.equals(here)) {
					return true;
				}
				code = here;
			}
		}
		return false;
	}

	private static boolean isReplyCode(String token) {
		return token.length() == 3 && token.charAt(0) >= '2' && token.charAt(0) <= '5' && isDigit(token.charAt(1))
				&& isDigit(token.charAt(2));
	}

	private static boolean isEnhancedCode(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || parts[0].length() != 1 || "245".indexOf(parts[0].charAt(0)) < 0) {
			return false;
		}
		for (int i = 1; i < 3; i++) {
			String part = parts[i];
			if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
				return false;
			}
		}
		return true;
	}

	private static String trimDots(String token) {
		int end = token.length();
		while (end > 0 && token.charAt(end - 1) == '.') {
			end--;
		}
		return token.substring(0, end);
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private record Candidate(String code, int start, int end, boolean strong) {
	}

}
