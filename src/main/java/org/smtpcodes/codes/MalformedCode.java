package org.smtpcodes.codes;

/**
 * A code that is neither a reply code nor an enhanced status code. Answered with 400.
 */
public class MalformedCode extends RuntimeException {

	private final String text;

	private final String parameter;

	MalformedCode(String text) {
		this(text, null);
	}

	private MalformedCode(String text, String parameter) {
		super("'" + text + "' is not a well-formed code");
		this.text = text;
		this.parameter = parameter;
	}

	/** What the client sent. */
	public String text() {
		return this.text;
	}

	/** The request parameter that carried the code, or null. */
	public String parameter() {
		return this.parameter;
	}

	/** The same problem, said of the given request parameter. */
	public MalformedCode on(String parameter) {
		return new MalformedCode(this.text, parameter);
	}

}
