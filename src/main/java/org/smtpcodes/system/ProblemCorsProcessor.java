package org.smtpcodes.system;

import java.io.IOException;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Refuses a cross-origin request that the CORS settings do not allow with a problem
 * detail, like every other error, in place of Spring's plain-text "Invalid CORS request".
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final ObjectProvider<Problems> problems;

	private final ObjectProvider<JsonMapper> json;

	ProblemCorsProcessor(ObjectProvider<Problems> problems, ObjectProvider<JsonMapper> json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		ProblemDetail problem = this.problems.getObject()
			.problem(ProblemType.CORS_REJECTED, LocaleContextHolder.getLocale());
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getHeaders().setCacheControl("no-store");
		response.getBody().write(this.json.getObject().writeValueAsBytes(problem));
		response.flush();
	}

}
