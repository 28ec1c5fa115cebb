package org.smtpcodes.codes;

import java.util.List;

/**
 * A well-formed code that the catalogue does not hold. Answered with 404, with the nearest known codes.
 */
public class UnknownCode extends RuntimeException {

	/** Why the code is unknown; each has its own sentence in the problem answer. */
	public enum Why {

		/** A reply code that no document defines and that is not seen in the wild. */
		REPLY_CODE,

		/** An enhanced code whose subject the registry does not define (4.9.1). */
		SUBJECT,

		/** A registered detail in a class where it is never used (2.1.1: X.1.1 reports a failure). */
		CLASS

	}

	private final String code;

	private final Why why;

	private final List<String> suggestions;

	private final String parameter;

	UnknownCode(String code, Why why, List<String> suggestions) {
		this(code, why, suggestions, null);
	}

	private UnknownCode(String code, Why why, List<String> suggestions, String parameter) {
		super(code + " is not in the catalogue (" + why + ")");
		this.code = code;
		this.why = why;
		this.suggestions = List.copyOf(suggestions);
		this.parameter = parameter;
	}

	/** The request parameter that carried the code, or null. */
	public String parameter() {
		return this.parameter;
	}

	/** The same problem, said of the given request parameter. */
	public UnknownCode on(String parameter) {
		return new UnknownCode(this.code, this.why, this.suggestions, parameter);
	}

	/** The code asked for. */
	public String code() {
		return this.code;
	}

	/** Why it is unknown. */
	public Why why() {
		return this.why;
	}

	/** Known codes the client may have meant, nearest first. */
	public List<String> suggestions() {
		return this.suggestions;
	}

}
