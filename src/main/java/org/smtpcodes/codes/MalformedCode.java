package org.smtpcodes.codes;

import java.util.List;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A code that is neither a reply code nor an enhanced status code. Answered with 400,
 * naming the two formats.
 */
public class MalformedCode extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("malformed-code", HttpStatus.BAD_REQUEST);

	private final String text;

	MalformedCode(String text) {
		this(text, null);
	}

	private MalformedCode(String text, String parameter) {
		super(TYPE, echo(text), new DefaultMessageSourceResolvable("problem.malformed-code.formats"));
		this.text = text;
		property("acceptedFormats", List.of("NNN (reply code, e.g. 451)", "C.S.D (enhanced status code, e.g. 5.1.1)"));
		if (parameter != null) {
			onParameter(parameter);
		}
	}

	/** What the client sent. */
	public String text() {
		return this.text;
	}

	/** The same problem, said of the given request parameter. */
	public MalformedCode on(String parameter) {
		return new MalformedCode(this.text, parameter);
	}

}
