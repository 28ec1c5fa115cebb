package org.smtpcodes.compare;

/**
 * A comparison of a code with itself. Answered with 400.
 */
public class SameCode extends RuntimeException {

	private final String code;

	SameCode(String code) {
		super("Cannot compare " + code + " with itself");
		this.code = code;
	}

	/** The code given twice. */
	public String code() {
		return this.code;
	}

}
