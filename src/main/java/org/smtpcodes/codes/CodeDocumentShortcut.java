package org.smtpcodes.codes;

import jakarta.servlet.http.HttpServletRequest;
import org.smtpcodes.system.AnswerShortcut;
import org.smtpcodes.system.HttpProperties;
import org.smtpcodes.system.JsonAnswer;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves the documents of the catalogue's codes, serialized once (see {@link CodeAnswers}), without going
 * through Spring MVC. A code built on request (4.7.99) and a malformed or unknown code go on to the
 * controller.
 */
class CodeDocumentShortcut extends AnswerShortcut {

	private static final String PREFIX = "/codes/";

	private final CodeAnswers answers;

	CodeDocumentShortcut(CodeAnswers answers, LocaleResolver languages, HttpProperties properties) {
		super(languages, properties, "/codes/{code}");
		this.answers = answers;
	}

	@Override
	protected boolean serves(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith(PREFIX) && path.indexOf('/', PREFIX.length()) < 0 && path.indexOf('%') < 0;
	}

	@Override
	protected JsonAnswer find(HttpServletRequest request, String language) {
		return this.answers.document(request.getRequestURI().substring(PREFIX.length()), language);
	}

}
