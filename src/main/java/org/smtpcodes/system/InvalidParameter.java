package org.smtpcodes.system;

import java.util.List;

/**
 * A query parameter whose value the service does not accept. Answered with 400, naming the parameter and
 * the values it accepts.
 */
public class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final List<String> accepted;

	/**
	 * Creates the problem.
	 * @param parameter the parameter's name
	 * @param accepted the values or formats it accepts
	 */
	public InvalidParameter(String parameter, List<String> accepted) {
		super("Parameter '" + parameter + "' accepts " + accepted);
		this.parameter = parameter;
		this.accepted = List.copyOf(accepted);
	}

	/** The parameter's name. */
	public String parameter() {
		return this.parameter;
	}

	/** What it accepts. */
	public List<String> accepted() {
		return this.accepted;
	}

}
