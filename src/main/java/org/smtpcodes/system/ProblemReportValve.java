package org.smtpcodes.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat's error report for the requests it refuses before any servlet sees them (a
 * malformed URI, an illegal character, headers that are too large): a problem detail like
 * every other error, in the request's language as far as Tomcat has read it, in place of
 * Tomcat's HTML page, and without the server's name or version.
 */
class ProblemReportValve extends ErrorReportValve {

	/**
	 * Tomcat's limit on the number of header fields of a request (its maxHeaderCount,
	 * which Boot leaves).
	 */
	static final int MAX_HEADER_COUNT = 100;

	// what Tomcat says when the request line and header fields do not fit
	// max-http-request-header-size, and when there are more header fields than its
	// maxHeaderCount (100)
	private static final String HEAD_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	private static final String TOO_MANY_HEADERS = prefix(
			StringManager.getManager("org.apache.tomcat.util.http").getString("headers.maxCountFail", "\u0000"));

	private final Supplier<Problems> problems;

	private final Supplier<LocaleResolver> languages;

	ProblemReportValve(Supplier<Problems> problems, Supplier<LocaleResolver> languages) {
		this.problems = problems;
		this.languages = languages;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		Problems problems = this.problems.get();
		Locale locale = locale(request);
		ProblemDetail problem;
		if (status == 400 && throwable != null && HEAD_TOO_LARGE.equals(throwable.getMessage())) {
			// the request line comes first: if its URI was not read whole, the URI is
			// what did not fit
			boolean uriRead = !request.getCoyoteRequest().requestURI().isNull();
			problem = problems.problem(uriRead ? ProblemType.HEADERS_TOO_LARGE : ProblemType.URI_TOO_LONG, locale);
		}
		else if (status == 400 && throwable != null && throwable.getMessage() != null
				&& throwable.getMessage().startsWith(TOO_MANY_HEADERS)) {
			problem = problems.problem(ProblemType.HEADERS_TOO_LARGE, locale);
			problem.setDetail(problems.text("problem.headers-too-large.count", locale, MAX_HEADER_COUNT));
		}
		else {
			HttpStatus httpStatus = HttpStatus.resolve(status);
			problem = problems
				.problem(ProblemType.forStatus((httpStatus != null) ? httpStatus : HttpStatus.BAD_REQUEST), locale);
		}
		response.setStatus(problem.getStatus());
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("Content-Language", locale.getLanguage());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problems.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed: nothing more can be said
		}
	}

	// the request's language, as far as the request was read: none when Tomcat refused it
	// before its headers
	private Locale locale(Request request) {
		try {
			return this.languages.get().resolveLocale(request);
		}
		catch (RuntimeException ex) {
			return Locale.ENGLISH;
		}
	}

	// the part of a message before its argument
	private static String prefix(String message) {
		int argument = message.indexOf('\u0000');
		return (argument >= 0) ? message.substring(0, argument) : message;
	}

}
