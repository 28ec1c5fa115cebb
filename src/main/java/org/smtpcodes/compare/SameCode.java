package org.smtpcodes.compare;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A comparison of a code with itself. Answered with 400.
 */
class SameCode extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("same-code", HttpStatus.BAD_REQUEST);

	SameCode(String code) {
		super(TYPE, code);
	}

}
