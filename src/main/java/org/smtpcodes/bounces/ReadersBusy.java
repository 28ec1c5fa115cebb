package org.smtpcodes.bounces;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Every bounce reader stayed busy for as long as a request may wait: 503, with the seconds to wait before
 * trying again.
 */
class ReadersBusy extends ErrorResponseException {

	ReadersBusy(long retryAfterSeconds) {
		super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null, "problem.readers-busy.detail", null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
	}

	@Override
	public String getTitleMessageCode() {
		return "problem.readers-busy.title";
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
		problem.setType(URI.create("/problems/readers-busy"));
		return problem;
	}

}
