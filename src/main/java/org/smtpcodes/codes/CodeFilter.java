package org.smtpcodes.codes;

import java.util.List;

import org.smtpcodes.system.InvalidParameter;

/**
 * What a reader asks of the list of codes: a kind, a class and a text to find, each
 * optional.
 *
 * @param kind {@code reply}, {@code enhanced} or null
 * @param classDigit 2, 3, 4, 5 or null
 * @param query the text to find, or null
 */
public record CodeFilter(String kind, Integer classDigit, String query) {

	/** Longest search text accepted. */
	public static final int MAX_QUERY_LENGTH = 100;

	/**
	 * The filter of the request's parameters.
	 * @throws InvalidParameter when one has a value the list cannot filter by
	 */
	public static CodeFilter of(String kind, String classDigit, String query) {
		if (kind != null && !kind.equals(CodeDocument.REPLY) && !kind.equals(CodeDocument.ENHANCED)) {
			throw new InvalidParameter("kind", List.of(CodeDocument.REPLY, CodeDocument.ENHANCED));
		}
		if (classDigit != null && !List.of("2", "3", "4", "5").contains(classDigit)) {
			throw new InvalidParameter("class", List.of("2", "3", "4", "5"));
		}
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameter("q", List.of("text of at most " + MAX_QUERY_LENGTH + " characters"));
		}
		return new CodeFilter(kind, (classDigit != null) ? Integer.valueOf(classDigit) : null,
				(query != null && !query.isBlank()) ? query : null);
	}

	/** Whether it lets every code through. */
	public boolean isEmpty() {
		return this.kind == null && this.classDigit == null && this.query == null;
	}

}
