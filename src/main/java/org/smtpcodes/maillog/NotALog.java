package org.smtpcodes.maillog;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A body of which no line is of a format the service reads (a log of other software, a
 * binary file): 422, saying how many lines were read and whether they held binary data.
 */
class NotALog extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("not-a-log", HttpStatus.UNPROCESSABLE_CONTENT);

	NotALog(long lines, boolean binary) {
		super(TYPE, lines, binary ? 1 : 0);
		property("lines", lines);
	}

}
