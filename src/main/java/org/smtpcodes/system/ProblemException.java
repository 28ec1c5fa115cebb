package org.smtpcodes.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answered with a problem of one of the service's types: its status, its type
 * URI, and its title and detail from the type's messages in the answer's language, the
 * detail filled with the given arguments. Spring MVC answers it as any
 * {@link org.springframework.web.ErrorResponse}; a feature's errors extend it.
 */
public abstract class ProblemException extends ErrorResponseException {

	private final ProblemType type;

	private String parameter;

	/**
	 * Creates the error.
	 * @param type its type
	 * @param detailArguments the arguments of the type's detail message
	 */
	protected ProblemException(ProblemType type, Object... detailArguments) {
		super(type.status(), body(type), null, type.key() + ".detail", detailArguments);
		this.type = type;
	}

	private static ProblemDetail body(ProblemType type) {
		ProblemDetail problem = ProblemDetail.forStatus(type.status());
		problem.setType(type.uri());
		return problem;
	}

	/** What a problem answer quotes of the client's input at most. */
	static final int MAX_ECHO = 40;

	/**
	 * A client's text as a problem quotes it: control characters replaced, cut after
	 * {@value #MAX_ECHO} characters.
	 */
	protected static String echo(String text) {
		if (text == null) {
			return "";
		}
		String printable = text.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (printable.length() > MAX_ECHO) ? printable.substring(0, MAX_ECHO) + "..." : printable;
	}

	/** The problem's type. */
	public ProblemType type() {
		return this.type;
	}

	@Override
	public String getTitleMessageCode() {
		return this.type.key() + ".title";
	}

	/** Adds a field to the problem answer. */
	protected final void property(String name, Object value) {
		getBody().setProperty(name, value);
	}

	/**
	 * Says the problem of a request parameter: the answer names it in a {@code parameter}
	 * field, and its detail begins with the parameter's name (message
	 * {@code problem.parameter}).
	 * @param name the parameter's name
	 */
	protected final void onParameter(String name) {
		this.parameter = name;
		property("parameter", name);
	}

	/** The request parameter the problem is said of, or null. */
	public String parameter() {
		return this.parameter;
	}

	@Override
	public ProblemDetail updateAndGetBody(MessageSource messages, Locale locale) {
		ProblemDetail problem = super.updateAndGetBody(messages, locale);
		if (this.parameter != null && messages != null) {
			// the base class resolves the detail afresh at every call, so it is prefixed
			// once
			problem.setDetail(messages.getMessage("problem.parameter",
					new Object[] { this.parameter, problem.getDetail() }, locale));
		}
		return problem;
	}

	/**
	 * The problem answer in a language: the title and detail resolved from the messages.
	 * @param messages the service's messages
	 * @param locale the answer's language
	 * @return the problem
	 */
	public ProblemDetail problem(MessageSource messages, Locale locale) {
		return updateAndGetBody(messages, locale);
	}

}
