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
		super(TYPE, echo(text), formats(text));
		this.text = text;
		property("acceptedFormats", List.of("NNN (reply code, e.g. 451)", "C.S.D (enhanced status code, e.g. 5.1.1)"));
		if (parameter != null) {
			onParameter(parameter);
		}
	}

	// the formats, or for a detail in the registry's X form (X.6.10), how to ask for it
	private static DefaultMessageSourceResolvable formats(String text) {
		String inClass = registryForm(text);
		if (inClass != null) {
			return new DefaultMessageSourceResolvable(new String[] { "problem.malformed-code.registry-form" },
					new Object[] { inClass });
		}
		return new DefaultMessageSourceResolvable("problem.malformed-code.formats");
	}

	/**
	 * The permanent-failure code of a detail written as the registry writes it, with X
	 * for the class ({@code X.6.10} gives {@code 5.6.10}), or null for any other text.
	 */
	static String registryForm(String text) {
		if (text == null || text.length() < 5 || (text.charAt(0) != 'X' && text.charAt(0) != 'x')
				|| text.charAt(1) != '.') {
			return null;
		}
		String inClass = "5" + text.substring(1);
		try {
			return CodeId.parse(inClass).value();
		}
		catch (MalformedCode ex) {
			return null;
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
