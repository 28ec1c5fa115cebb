package org.smtpcodes.system;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smtpcodes.codes.MalformedCode;
import org.smtpcodes.codes.UnknownCode;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the problem details (RFC 9457) of every error the service answers, each with a {@code type} under
 * {@code /problems/}, a title and a detail that helps, and extension fields where they help.
 */
@Component
public class Problems {

	/** What a problem answer quotes of the client's input at most. */
	static final int MAX_ECHO = 40;

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The problem of a malformed code: 400, with the accepted formats. */
	public ProblemDetail malformedCode(MalformedCode ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED_CODE, locale,
				echo(ex.text()), this.messages.getMessage("problem.malformed-code.formats", null, locale));
		problem.setProperty("acceptedFormats", List.of("NNN (reply code, e.g. 451)", "C.S.D (enhanced status code, e.g. 5.1.1)"));
		return onParameter(problem, ex.parameter(), locale);
	}

	/** The problem of a code the catalogue lacks: 404, with suggestions. */
	public ProblemDetail unknownCode(UnknownCode ex, Locale locale) {
		ProblemType type = switch (ex.why()) {
			case REPLY_CODE -> ProblemType.UNKNOWN_CODE;
			case SUBJECT -> ProblemType.UNKNOWN_SUBJECT;
			case CLASS -> ProblemType.CODE_NOT_IN_CLASS;
		};
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, type, locale, ex.code(),
				String.join(", ", ex.suggestions()));
		problem.setProperty("suggestions", ex.suggestions());
		return onParameter(problem, ex.parameter(), locale);
	}

	/** The problem of a parameter with a value the service does not accept: 400. */
	public ProblemDetail invalidParameter(InvalidParameter ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER, locale,
				ex.parameter(), String.join(", ", ex.accepted()));
		problem.setProperty("parameter", ex.parameter());
		problem.setProperty("accepted", ex.accepted());
		return problem;
	}

	/** The problem of a required parameter that is missing: 400. */
	public ProblemDetail missingParameter(String parameter, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemType.MISSING_PARAMETER, locale, parameter);
		problem.setProperty("parameter", parameter);
		return problem;
	}

	/** The problem of a comparison of a code with itself: 400. */
	public ProblemDetail sameCode(String code, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, ProblemType.SAME_CODE, locale, code);
	}

	/** The problem of a request body over the limit: 413. */
	public ProblemDetail contentTooLarge(long limit, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.CONTENT_TOO_LARGE, locale, limit / 1024);
		problem.setProperty("limit", limit);
		return problem;
	}

	/** The detail of a request body that cannot be read. */
	String unreadableBody(Locale locale) {
		return this.messages.getMessage("problem.bad-request.body", null, locale);
	}

	/** The problem of an empty text to explain: 400. */
	public ProblemDetail emptyReply(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, ProblemType.EMPTY_REPLY, locale);
	}

	/** The problem of a text with too many lines: 413. */
	public ProblemDetail tooManyLines(int limit, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.TOO_MANY_LINES, locale, limit);
		problem.setProperty("limit", limit);
		return problem;
	}

	// a code that came in a parameter: the problem names the side
	private ProblemDetail onParameter(ProblemDetail problem, String parameter, Locale locale) {
		if (parameter != null) {
			problem.setProperty("parameter", parameter);
			problem.setDetail(this.messages.getMessage("problem.parameter", new Object[] { parameter, problem.getDetail() },
					locale));
		}
		return problem;
	}

	/** A problem of one of our types, with its title and detail in the given language. */
	public ProblemDetail problem(HttpStatusCode status, ProblemType type, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(type.uri());
		problem.setTitle(this.messages.getMessage(type.key() + ".title", null, locale));
		problem.setDetail(this.messages.getMessage(type.key() + ".detail", arguments, locale));
		return problem;
	}

	/** The problem of an error of the given status that has no type of its own. */
	public ProblemDetail forStatus(HttpStatusCode status, Locale locale) {
		return problem(status, ProblemType.forStatus(status), locale);
	}

	/** One of the service's sentences, in the given language. */
	String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Writes a problem as the whole answer, where no handler can (a filter, an answer without a body):
	 * its status, {@code application/problem+json}, {@code Cache-Control: no-store}, and the request's
	 * path as its {@code instance} unless it has one.
	 * @param problem the problem
	 * @param request the request it answers
	 * @param response the response, not committed yet
	 * @throws IOException when the client is gone
	 */
	public void send(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
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

	/** The path of a request as a problem's instance, or null when it is not a valid URI reference. */
	static URI instance(String path) {
		try {
			return (path != null) ? URI.create(path) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Gives a framework's problem, which has no type, the type of its status, with that type's title and
	 * detail in the given language in place of the framework's English ones.
	 */
	void ownIfBlank(ProblemDetail problem, HttpStatusCode status, Locale locale) {
		if (problem.getType() == null || problem.getType().toString().equals("about:blank")) {
			ProblemDetail own = forStatus(status, locale);
			problem.setType(own.getType());
			problem.setTitle(own.getTitle());
			problem.setDetail(own.getDetail());
		}
	}

	static String echo(String text) {
		if (text == null) {
			return "";
		}
		String printable = text.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (printable.length() > MAX_ECHO) ? printable.substring(0, MAX_ECHO) + "..." : printable;
	}

}
