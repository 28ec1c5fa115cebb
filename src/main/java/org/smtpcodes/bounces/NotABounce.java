package org.smtpcodes.bounces;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A message that reports no delivery (an ordinary message, a newsletter) sent to
 * {@code /bounces}: 422, saying what was looked for.
 */
class NotABounce extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("not-a-bounce", HttpStatus.UNPROCESSABLE_CONTENT);

	NotABounce() {
		super(TYPE);
	}

}
