package org.smtpcodes.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.stereotype.Component;

/**
 * Builds the problem details (RFC 9457) of every error the service answers, each with a
 * {@code type} under {@code /problems/}, a title and a detail that helps, and extension
 * fields where they help.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * The problem answer of an error that says its own problem ({@link ProblemException},
	 * or a framework error), in the given language.
	 */
	public ProblemDetail of(ErrorResponse error, Locale locale) {
		ProblemDetail problem = error.updateAndGetBody(this.messages, locale);
		ownIfBlank(problem, error.getStatusCode(), locale);
		return problem;
	}

	/**
	 * A problem of one of the service's types, with its title and detail in the given
	 * language.
	 */
	public ProblemDetail problem(ProblemType type, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(type.status());
		problem.setType(type.uri());
		problem.setTitle(this.messages.getMessage(type.key() + ".title", null, locale));
		problem.setDetail(this.messages.getMessage(type.key() + ".detail", arguments, locale));
		return problem;
	}

	/** The problem of an error of the given status that has no type of its own. */
	public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
		ProblemDetail problem = problem(ProblemType.forStatus(status), locale);
		problem.setStatus(status.value());
		return problem;
	}

	/** One of the service's sentences, in the given language. */
	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Writes a problem as the whole answer, where no handler can (a filter, an answer
	 * without a body): its status, {@code application/problem+json},
	 * {@code Cache-Control: no-store}, and the request's path as its {@code instance}
	 * unless it has one.
	 * @param problem the problem
	 * @param request the request it answers
	 * @param response the response, not committed yet
	 * @throws IOException when the client is gone
	 */
	public void send(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		response.resetBuffer();
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		byte[] body = this.json.writeValueAsBytes(problem);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** A problem as JSON. */
	String json(ProblemDetail problem) {
		return this.json.writeValueAsString(problem);
	}

	/**
	 * The path of a request as a problem's instance, or null when it is not a valid URI
	 * reference.
	 */
	static URI instance(String path) {
		try {
			return (path != null) ? URI.create(path) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Gives a framework's problem, which has no type, the type of its status, with that
	 * type's title and detail in the given language in place of the framework's English
	 * ones.
	 */
	void ownIfBlank(ProblemDetail problem, HttpStatusCode status, Locale locale) {
		if (problem.getType() == null || problem.getType().toString().equals("about:blank")) {
			ProblemDetail own = forStatus(status, locale);
			problem.setType(own.getType());
			problem.setTitle(own.getTitle());
			problem.setDetail(own.getDetail());
		}
	}

}
