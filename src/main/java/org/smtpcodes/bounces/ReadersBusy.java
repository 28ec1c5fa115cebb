package org.smtpcodes.bounces;

import org.smtpcodes.system.ProblemException;
import org.smtpcodes.system.ProblemType;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Every bounce reader stayed busy for as long as a request may wait: 503, with the
 * seconds to wait before trying again.
 */
class ReadersBusy extends ProblemException {

	/** Its problem type. */
	static final ProblemType TYPE = new ProblemType("readers-busy", HttpStatus.SERVICE_UNAVAILABLE);

	ReadersBusy(long retryAfterSeconds) {
		super(TYPE);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
	}

}
