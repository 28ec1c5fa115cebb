package org.smtpcodes.compare;

import jakarta.servlet.http.HttpServletRequest;
import org.smtpcodes.system.AnswerShortcut;
import org.smtpcodes.system.HttpProperties;
import org.smtpcodes.system.JsonAnswer;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves comparisons already asked for, from the serialized answers the controller keeps, without going
 * through Spring MVC; the first request for a pair, and any request with a problem, go to the controller.
 */
class ComparisonShortcut extends AnswerShortcut {

	private final ComparisonAnswers answers;

	ComparisonShortcut(ComparisonAnswers answers, LocaleResolver languages, HttpProperties properties) {
		super(languages, properties, "/compare");
		this.answers = answers;
	}

	@Override
	protected boolean serves(HttpServletRequest request) {
		return request.getRequestURI().equals("/compare");
	}

	@Override
	protected JsonAnswer find(HttpServletRequest request, String language) {
		String a = request.getParameter("a");
		String b = request.getParameter("b");
		return (a != null && b != null) ? this.answers.find(a, b, language) : null;
	}

}
