package org.smtpcodes.codes;

import jakarta.servlet.http.HttpServletRequest;
import org.smtpcodes.system.AnswerShortcut;
import org.smtpcodes.system.HttpProperties;
import org.smtpcodes.system.JsonAnswer;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves the unfiltered list of codes, serialized once (see {@link CodeAnswers}), without going through
 * Spring MVC; a list with filters goes on to the controller.
 */
class CodeListShortcut extends AnswerShortcut {

	private final CodeAnswers answers;

	CodeListShortcut(CodeAnswers answers, LocaleResolver languages, HttpProperties properties) {
		super(languages, properties, "/codes");
		this.answers = answers;
	}

	@Override
	protected boolean serves(HttpServletRequest request) {
		if (!request.getRequestURI().equals("/codes")) {
			return false;
		}
		// any parameter but the language is a filter
		return request.getParameterMap().keySet().stream().allMatch("lang"::equals);
	}

	@Override
	protected JsonAnswer find(HttpServletRequest request, String language) {
		return this.answers.list(language);
	}

}
