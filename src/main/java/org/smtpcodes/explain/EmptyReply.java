package org.smtpcodes.explain;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * An empty text to explain. Answered with 400.
 */
class EmptyReply extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("empty-reply", HttpStatus.BAD_REQUEST);

	EmptyReply() {
		super(TYPE);
	}

}
