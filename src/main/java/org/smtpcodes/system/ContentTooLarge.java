package org.smtpcodes.system;

/**
 * A request body over the limit. Answered with 413.
 */
public class ContentTooLarge extends RuntimeException {

	private final long limit;

	ContentTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit, in bytes. */
	public long limit() {
		return this.limit;
	}

}
