package org.smtpcodes.codes;

import java.util.Comparator;

/**
 * Two different codes, in a canonical order (reply codes before enhanced codes, then by
 * number), so that {@code 550/450} and {@code 450/550} are the same pair.
 *
 * @param first the code that sorts first
 * @param second the other code
 */
public record Pair(String first, String second) {

	private static final Comparator<CodeId> ORDER = Comparator
		.<CodeId>comparingInt((id) -> (id instanceof CodeId.Reply) ? 0 : 1)
		.thenComparingInt(CodeId::classDigit)
		.thenComparingInt((id) -> (id instanceof CodeId.Enhanced enhanced) ? enhanced.subject() : 0)
		.thenComparingInt(
				(id) -> (id instanceof CodeId.Enhanced enhanced) ? enhanced.detail() : ((CodeId.Reply) id).code());

	public Pair {
		if (first.equals(second)) {
			throw new IllegalArgumentException("A pair needs two different codes");
		}
	}

	/** The pair of two codes, in canonical order. */
	public static Pair of(CodeId a, CodeId b) {
		return (ORDER.compare(a, b) <= 0) ? new Pair(a.value(), b.value()) : new Pair(b.value(), a.value());
	}

	/**
	 * The pair written as {@code 450/550}, in any order, or null if it is not two
	 * different codes.
	 */
	static Pair parse(String text) {
		String[] codes = text.split("/", -1);
		if (codes.length != 2) {
			return null;
		}
		try {
			CodeId a = CodeId.parse(codes[0]);
			CodeId b = CodeId.parse(codes[1]);
			return a.equals(b) ? null : of(a, b);
		}
		catch (MalformedCode ex) {
			return null;
		}
	}

	/** The canonical key of a pair text, or the text itself if it is not a pair. */
	static String normalize(String text) {
		Pair pair = parse(text);
		return (pair != null) ? pair.key() : text;
	}

	/** The pair written as {@code 450/550}. */
	public String key() {
		return this.first + "/" + this.second;
	}

	/** Whether the pair holds the code. */
	public boolean has(String code) {
		return this.first.equals(code) || this.second.equals(code);
	}

	/** The other code of the pair. */
	public String other(String code) {
		return this.first.equals(code) ? this.second : this.first;
	}

}
