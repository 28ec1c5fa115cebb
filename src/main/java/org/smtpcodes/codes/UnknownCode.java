package org.smtpcodes.codes;

import java.util.List;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A well-formed code that the catalogue does not hold. Answered with 404, with the
 * nearest known codes.
 */
public class UnknownCode extends ProblemException {

	/** Why the code is unknown; each has its own problem type and sentence. */
	public enum Why {

		/** A reply code that no document defines and that is not seen in the wild. */
		REPLY_CODE("unknown-code"),

		/** An enhanced code whose subject the registry does not define (4.9.1). */
		SUBJECT("unknown-subject"),

		/**
		 * A registered detail in a class where it is never used (2.1.1: X.1.1 reports a
		 * failure).
		 */
		CLASS("code-not-in-class");

		private final ProblemType type;

		Why(String slug) {
			this.type = new ProblemType(slug, HttpStatus.NOT_FOUND);
		}

		/** The problem type of a code unknown for this reason. */
		ProblemType type() {
			return this.type;
		}

	}

	private final String code;

	private final Why why;

	private final List<String> suggestions;

	UnknownCode(String code, Why why, List<String> suggestions) {
		this(code, why, suggestions, null);
	}

	private UnknownCode(String code, Why why, List<String> suggestions, String parameter) {
		super(why.type(), code, String.join(", ", suggestions));
		this.code = code;
		this.why = why;
		this.suggestions = List.copyOf(suggestions);
		property("suggestions", this.suggestions);
		if (parameter != null) {
			onParameter(parameter);
		}
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
