package org.smtpcodes.pages;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.smtpcodes.system.Answer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Problem details as pages, for a browser: Spring MVC writes the problem that the
 * service's problem handling built with this converter when the request prefers
 * {@code text/html}, so that a reader meets an unknown code or a bad pair with the same
 * status, title and detail as a program, in the request's language. Registered after the
 * JSON converters: a request that accepts anything still gets
 * {@code application/problem+json}.
 */
class ProblemPages extends AbstractHttpMessageConverter<ProblemDetail> {

	private final ObjectProvider<Pages> pages;

	ProblemPages(ObjectProvider<Pages> pages) {
		super(Answer.HTML);
		this.pages = pages;
	}

	@Override
	protected boolean supports(Class<?> type) {
		return ProblemDetail.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected ProblemDetail readInternal(Class<? extends ProblemDetail> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Problems are not read", input);
	}

	@Override
	protected void writeInternal(ProblemDetail problem, HttpOutputMessage output) throws IOException {
		String language = LocaleContextHolder.getLocale().getLanguage();
		Frame frame = this.pages.getObject()
			.frame(language, (problem.getTitle() != null) ? problem.getTitle() : "", "", null, null);
		List<String> suggestions = (problem.getProperties() != null
				&& problem.getProperties().get("suggestions") instanceof List<?> codes)
						? codes.stream().map(String::valueOf).toList() : List.of();
		byte[] page = this.pages.getObject()
			.render("problem.jte", Map.of("frame", frame, "status", problem.getStatus(), "detail",
					(problem.getDetail() != null) ? problem.getDetail() : "", "suggestions", suggestions));
		output.getHeaders().set(Pages.CSP, Pages.CONTENT_SECURITY_POLICY);
		output.getHeaders().setContentLength(page.length);
		output.getBody().write(page);
	}

}
