package org.smtpcodes.system;

import java.util.List;

/**
 * A query parameter whose value the service does not accept. Answered with 400, naming
 * the parameter and the values it accepts.
 */
public class InvalidParameter extends ProblemException {

	/**
	 * Creates the error.
	 * @param parameter the parameter's name
	 * @param accepted the values or formats it accepts
	 */
	public InvalidParameter(String parameter, List<String> accepted) {
		super(ProblemType.INVALID_PARAMETER, parameter, String.join(", ", accepted));
		property("parameter", parameter);
		property("accepted", List.copyOf(accepted));
	}

}
