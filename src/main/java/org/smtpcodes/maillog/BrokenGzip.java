package org.smtpcodes.maillog;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/** A gzip-compressed log that cannot be decompressed (cut short, or not gzip): 400. */
class BrokenGzip extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("broken-gzip", HttpStatus.BAD_REQUEST);

	BrokenGzip(long lines) {
		super(TYPE, lines);
		property("lines", lines);
	}

}
