package org.smtpcodes.explain;

/**
 * A text with more lines than any reply has. Answered with 413.
 */
public class TooManyLines extends RuntimeException {

	private final int limit;

	TooManyLines(int limit) {
		super("More than " + limit + " lines");
		this.limit = limit;
	}

	/** The most lines accepted. */
	public int limit() {
		return this.limit;
	}

}
