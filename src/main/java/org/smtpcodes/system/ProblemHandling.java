package org.smtpcodes.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.Part;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Answers every exception a handler throws with a problem detail in the request's
 * language. The service's own errors say their problem themselves
 * ({@link ProblemException}, resolved by the base class like every
 * {@link org.springframework.web.ErrorResponse}); framework errors (404, 405, 406, 415,
 * ...) get the type of their status; anything else is a 500 that says nothing of the
 * service's internals, logged once.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

	private static final Log logger = LogFactory.getLog(ProblemHandling.class);

	private final Problems problems;

	ProblemHandling(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		// a client that went away while its request was read or its answer written (an
		// upload cancelled, a stream stopped): nothing to answer, and nothing failed
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			logger.debug("The client went away", ex);
			return null;
		}
		logger.error("Unexpected failure", ex);
		ProblemDetail problem = this.problems.problem(ProblemType.INTERNAL_ERROR, LocaleContextHolder.getLocale());
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	// a form body that is not percent-encoded UTF-8: Tomcat says so when a handler reads
	// its fields
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableForm(InvalidParameterException ex) {
		return badRequest("problem.bad-request.form");
	}

	// a multipart body that cannot be parsed (one over the size limit is an
	// ErrorResponse, a 413)
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException ex) {
		return badRequest("problem.bad-request.multipart");
	}

	private ResponseEntity<ProblemDetail> badRequest(String detail) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(ProblemType.BAD_REQUEST, locale);
		problem.setDetail(this.problems.text(detail, locale));
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	// the base class answers ErrorResponse exceptions (ProblemException among them) with
	// the body they carry, resolved against the messages in LocaleContextHolder's locale;
	// the handlers below give the framework's errors the service's types and words

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		// a body cut off by the size limit surfaces here, wrapped by the converter that
		// was reading it
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ContentTooLarge tooLarge) {
				return handleExceptionInternal(ex, this.problems.of(tooLarge, locale), headers,
						HttpStatus.CONTENT_TOO_LARGE, request);
			}
		}
		ProblemDetail problem = this.problems.problem(ProblemType.BAD_REQUEST, locale);
		problem.setDetail(this.problems.text("problem.bad-request.body", locale));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = this.problems.problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, locale);
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
		ProblemDetail problem = this.problems.of(new MissingParameter(ex.getParameterName()),
				LocaleContextHolder.getLocale());
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	// a form's file part where a handler reads a text field (multipart/form-data with
	// filename=): the client's mistake, not the service's failure
	@Override
	protected ResponseEntity<Object> handleConversionNotSupported(ConversionNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentConversionNotSupportedException argument
				&& (argument.getValue() instanceof MultipartFile || argument.getValue() instanceof Part)) {
			ProblemDetail problem = this.problems.of(new InvalidParameter(argument.getName(), List.of("text")),
					LocaleContextHolder.getLocale());
			return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
		}
		logger.error("Unexpected failure", ex);
		return super.handleConversionNotSupported(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		// the framework's detail speaks of static resources; ours points at the API's
		// paths
		ProblemDetail problem = this.problems.problem(ProblemType.NOT_FOUND, LocaleContextHolder.getLocale());
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

}
