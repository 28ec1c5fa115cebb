package org.smtpcodes.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smtpcodes.system.Answers;
import org.smtpcodes.system.JsonAnswer;

import org.springframework.stereotype.Component;

/**
 * Every code document and the unfiltered list of codes, serialized once per language at startup with their
 * ETags. Codes with an unregistered detail (4.7.99) and filtered lists are serialized on request.
 */
@Component
class CodeAnswers {

	private final Map<String, Map<String, JsonAnswer>> documents = new HashMap<>();

	private final Map<String, JsonAnswer> lists = new HashMap<>();

	CodeAnswers(Catalogue catalogue, Answers answers) {
		for (String language : catalogue.languages()) {
			Map<String, JsonAnswer> byCode = new HashMap<>();
			catalogue.documents(language).forEach((code, document) -> byCode.put(code, answers.serialize(document)));
			this.documents.put(language, Map.copyOf(byCode));
			List<CodeSummary> all = catalogue.list(null, null, null, language);
			this.lists.put(language, answers.serialize(CodesController.CodeList.of(catalogue, all)));
		}
	}

	/** The serialized document of a catalogue code, or null for a code built on request. */
	JsonAnswer document(String code, String language) {
		return this.documents.get(language).get(code);
	}

	/** The serialized list of every code. */
	JsonAnswer list(String language) {
		return this.lists.get(language);
	}

}
