package org.smtpcodes.codes;

/**
 * A code that is neither a reply code nor an enhanced status code. Answered with 400.
 */
public class MalformedCode extends RuntimeException {

	private final String text;

	MalformedCode(String text) {
		super("'" + text + "' is not a well-formed code");
		this.text = text;
	}

	/** What the client sent. */
	public String text() {
		return this.text;
	}

}
