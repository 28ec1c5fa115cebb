package org.smtpcodes.explain;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A text with more lines than any reply has. Answered with 413, with the limit.
 */
class TooManyLines extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("too-many-lines", HttpStatus.CONTENT_TOO_LARGE);

	TooManyLines(int limit) {
		super(TYPE, limit);
		property("limit", limit);
	}

}
