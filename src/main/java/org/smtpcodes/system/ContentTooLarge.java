package org.smtpcodes.system;

/**
 * A request body over the limit. Answered with 413, with the limit in bytes.
 */
public class ContentTooLarge extends ProblemException {

	private final long limit;

	/**
	 * Creates the error.
	 * @param limit the limit, in bytes
	 */
	public ContentTooLarge(long limit) {
		super(ProblemType.CONTENT_TOO_LARGE, limit / 1024);
		this.limit = limit;
		property("limit", limit);
	}

	/** The limit, in bytes. */
	public long limit() {
		return this.limit;
	}

}
