package org.smtpcodes.explain;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpStatus;

/**
 * A text sent to {@code /explain} that holds no SMTP reply: no reply code, no enhanced
 * code, and no words that any rule reads (a reason's phrase, a provider's, an SMTP
 * command's). 422: the request is well formed, but there is nothing in it to explain, and
 * an answer with a reason would pass a guess for a reading.
 */
class NoReply extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("no-reply", HttpStatus.UNPROCESSABLE_CONTENT);

	NoReply() {
		super(TYPE);
	}

}
