package org.smtpcodes.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.MalformedCode;
import org.smtpcodes.codes.UnknownCode;
import org.smtpcodes.compare.Comparisons;
import org.smtpcodes.explain.Explainer;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Real answers of the service, for the OpenAPI description's examples.
 */
@Component
class ApiExamples {

	private final Catalogue catalogue;

	private final Problems problems;

	private final Comparisons comparisons;

	private final Explainer explainer;

	ApiExamples(Catalogue catalogue, Problems problems, Comparisons comparisons, Explainer explainer) {
		this.catalogue = catalogue;
		this.problems = problems;
		this.comparisons = comparisons;
		this.explainer = explainer;
	}

	Problems problems() {
		return this.problems;
	}

	/** Three realistic texts to explain, by name. */
	Map<String, String> replies() {
		Map<String, String> replies = new LinkedHashMap<>();
		replies.put("Postfix, unknown user", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in "
				+ "virtual mailbox table");
		replies.put("Gmail, DMARC (multi-line)", "550-5.7.26 Unauthenticated email from example.com is not accepted due "
				+ "to domain's\n550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\n"
				+ "550 5.7.26 this was a legitimate mail. - gsmtp");
		replies.put("Exim bounce, mailbox full", "Diagnostic-Code: smtp; SMTP error from remote mail server after "
				+ "RCPT TO:<alice@example.net>: host mx.example.net [192.0.2.12]: 552 5.2.2 <alice@example.net>: "
				+ "Mailbox full");
		return replies;
	}

	Object explanation(String reply) {
		return this.explainer.explain(reply, language());
	}

	Object comparison() {
		return this.comparisons.compare("220", "451", language());
	}

	private String language() {
		return this.catalogue.defaultLanguage();
	}

	Map<String, Supplier<Object>> codes() {
		Map<String, Supplier<Object>> examples = new LinkedHashMap<>();
		for (String code : List.of("451", "5.1.1", "4.7.99")) {
			examples.put(code, () -> this.catalogue.require(code, this.catalogue.defaultLanguage()));
		}
		return examples;
	}

	Object codeList() {
		List<?> codes = this.catalogue.list("reply", 4, null, this.catalogue.defaultLanguage()).subList(0, 2);
		Catalogue.Provenance provenance = this.catalogue.provenance();
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("catalogue", Map.of("version", provenance.version(), "registryUpdated",
				provenance.registryUpdated().toString()));
		list.put("count", codes.size());
		list.put("codes", codes);
		return list;
	}

	Map<String, ProblemDetail> codeProblems(Locale locale) {
		Map<String, ProblemDetail> examples = new LinkedHashMap<>();
		examples.put("malformed code", problem(() -> this.catalogue.require("45x", this.catalogue.defaultLanguage()), locale));
		examples.put("unknown reply code", problem(() -> this.catalogue.require("456", this.catalogue.defaultLanguage()), locale));
		examples.put("unknown subject", problem(() -> this.catalogue.require("4.9.1", this.catalogue.defaultLanguage()), locale));
		return examples;
	}

	Map<String, ProblemDetail> compareProblems(Locale locale) {
		Map<String, ProblemDetail> examples = new LinkedHashMap<>();
		examples.put("malformed code", problem(() -> this.comparisons.compare("451", "45x", language()), locale));
		examples.put("unknown code", problem(() -> this.comparisons.compare("456", "451", language()), locale));
		examples.put("same code twice", this.problems.sameCode("451", locale));
		examples.put("missing parameter", this.problems.missingParameter("b", locale));
		return examples;
	}

	ProblemDetail invalidParameter(Locale locale) {
		return this.problems.invalidParameter(new InvalidParameter("class", List.of("2", "3", "4", "5")), locale);
	}

	private ProblemDetail problem(Runnable failing, Locale locale) {
		try {
			failing.run();
		}
		catch (MalformedCode ex) {
			return this.problems.malformedCode(ex, locale);
		}
		catch (UnknownCode ex) {
			return this.problems.unknownCode(ex, locale);
		}
		throw new IllegalStateException("The example was expected to fail");
	}

}
