package org.smtpcodes.system;

import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.smtpcodes.codes.MalformedCode;
import org.smtpcodes.codes.UnknownCode;
import org.smtpcodes.compare.SameCode;
import org.smtpcodes.explain.EmptyReply;
import org.smtpcodes.explain.MissingReply;
import org.smtpcodes.explain.TooManyLines;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Maps every exception a handler can throw to a problem detail: our named exceptions to their own types,
 * framework exceptions (404, 405, 406, 415, ...) to the type of their status, anything else to a 500 that
 * says nothing of the service's internals.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ProblemHandling.class);

	private final Problems problems;

	ProblemHandling(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedCode(MalformedCode ex, Locale locale) {
		return respond(this.problems.malformedCode(ex, locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownCode(UnknownCode ex, Locale locale) {
		return respond(this.problems.unknownCode(ex, locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidParameter(InvalidParameter ex, Locale locale) {
		return respond(this.problems.invalidParameter(ex, locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale) {
		if (ex instanceof ErrorResponse response) {
			// framework exceptions that the base class does not list still carry their own status and body
			ProblemDetail problem = response.getBody();
			this.problems.ownIfBlank(problem, response.getStatusCode(), locale);
			return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(problem);
		}
		logger.error("Unexpected failure", ex);
		return respond(this.problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL_ERROR, locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> sameCode(SameCode ex, Locale locale) {
		return respond(this.problems.sameCode(ex.code(), locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> contentTooLarge(ContentTooLarge ex, Locale locale) {
		return respond(this.problems.contentTooLarge(ex.limit(), locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emptyReply(EmptyReply ex, Locale locale) {
		return respond(this.problems.emptyReply(locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingReply(MissingReply ex, Locale locale) {
		return respond(this.problems.missingParameter("reply", locale));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyLines(TooManyLines ex, Locale locale) {
		return respond(this.problems.tooManyLines(ex.limit(), locale));
	}

	// the handlers below take the language from LocaleContextHolder, which the DispatcherServlet sets from the
	// service's LocaleResolver (?lang=, Accept-Language); WebRequest.getLocale() is the servlet container's

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(
			org.springframework.http.converter.HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		// a body cut off by the size limit surfaces here, wrapped by the converter that was reading it
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ContentTooLarge tooLarge) {
				ProblemDetail problem = this.problems.contentTooLarge(tooLarge.limit(), locale);
				return handleExceptionInternal(ex, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
		}
		ProblemDetail problem = this.problems.problem(status, ProblemType.BAD_REQUEST, locale);
		problem.setDetail(this.problems.unreadableBody(locale));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(status, ProblemType.UNSUPPORTED_MEDIA_TYPE, locale);
		if (ex.getContentType() == null) {
			String supported = ex.getSupportedMediaTypes()
				.stream()
				.map((type) -> type.getType() + "/" + type.getSubtype())
				.distinct()
				.collect(Collectors.joining(", "));
			problem.setDetail(this.problems.text("problem.unsupported-media-type.missing", locale, supported));
		}
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = this.problems.missingParameter(ex.getParameterName(), LocaleContextHolder.getLocale());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// the framework's detail speaks of static resources; ours points at the API's paths
		ProblemDetail problem = this.problems.problem(status, ProblemType.NOT_FOUND, LocaleContextHolder.getLocale());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			this.problems.ownIfBlank(problem, status, LocaleContextHolder.getLocale());
		}
		return super.createResponseEntity(body, headers, status, request);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
