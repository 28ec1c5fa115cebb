package org.smtpcodes.explain;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A text sent to {@code /explain} that holds no SMTP reply: no reply code, no enhanced code, and no words that
 * any rule reads (a reason's phrase, a provider's, an SMTP command's). 422: the request is well formed, but
 * there is nothing in it to explain, and an answer with a reason would pass a guess for a reading.
 */
class NoReply extends ErrorResponseException {

	NoReply() {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(), null, "problem.no-reply.detail", null);
	}

	@Override
	public String getTitleMessageCode() {
		return "problem.no-reply.title";
	}

	private static ProblemDetail problem() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		problem.setType(URI.create("/problems/no-reply"));
		return problem;
	}

}
