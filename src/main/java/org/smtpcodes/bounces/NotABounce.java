package org.smtpcodes.bounces;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A message that reports no delivery (an ordinary message, a newsletter) sent to {@code /bounces}: 422,
 * saying what was looked for.
 */
class NotABounce extends ErrorResponseException {

	NotABounce() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(), null, "problem.not-a-bounce.detail", null);
	}

	@Override
	public String getTitleMessageCode() {
		return "problem.not-a-bounce.title";
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setType(URI.create("/problems/not-a-bounce"));
		return problem;
	}

}
