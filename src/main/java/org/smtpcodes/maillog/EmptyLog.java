package org.smtpcodes.maillog;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/** An empty body sent to {@code /mail-log}: 400. */
class EmptyLog extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("empty-log", HttpStatus.BAD_REQUEST);

	EmptyLog() {
		super(TYPE);
	}

}
