package org.smtpcodes.maillog;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Every log reader stayed busy for as long as a request may wait: 503, with the seconds
 * to wait before trying again.
 */
class LogReadersBusy extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("log-readers-busy", HttpStatus.SERVICE_UNAVAILABLE);

	LogReadersBusy(long retryAfterSeconds) {
		super(TYPE);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
	}

}
