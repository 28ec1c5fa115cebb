package org.smtpcodes.system;

/**
 * A required parameter that the request lacks. Answered with 400, naming it.
 */
public class MissingParameter extends ProblemException {

	/**
	 * Creates the error.
	 * @param parameter the parameter's name
	 */
	public MissingParameter(String parameter) {
		super(ProblemType.MISSING_PARAMETER, parameter);
		property("parameter", parameter);
	}

}
