package org.smtpcodes.explain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.CatalogueFiles.Source;
import org.smtpcodes.codes.InvalidCatalogue;
import org.smtpcodes.codes.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loader of the bounce rules refuses broken rules with every problem as
 * {@code file:line: field: what is
 * wrong}, as the catalogue's loader does.
 */
class BounceRulesLoaderTests {

	private static final String FACTS = TestCatalogue.read("catalogue-fixtures/facts.yaml");

	private static final String REASONS = """
			reasons:
			  - {reason: delivered, hard: never, failure: false}
			  - {reason: undefined, hard: never}
			  - {reason: rejected, hard: never}
			""";

	private static final String TEXTS = """
			reasons:
			  - {reason: delivered, description: Delivered., action: Nothing to do.}
			  - {reason: undefined, description: Unknown., action: Read the text.}
			  - {reason: rejected, description: Refused., action: Ask the postmaster.}
			""";

	@Test
	void loadsRulesWithTheTextsOfTheirReasons() {
		BounceRules rules = load(REASONS + """
				rules:
				  - reason: rejected
				    after: MAIL
				    patterns: ['\\bsender denied\\b']
				""", TEXTS);
		assertThat(rules.rules()).singleElement().satisfies((rule) -> assertThat(rule.after()).isEqualTo("MAIL"));
		assertThat(rules.text("rejected", "en").action()).isEqualTo("Ask the postmaster.");
	}

	@Test
	void rejectsARuleLimitedToACommandItCannotSee() {
		String rules = FACTS + REASONS + """
				rules:
				  - reason: rejected
				    after: MAIL
				    patterns: ['\\bsender denied\\b']
				  - reason: rejected
				    after: QUIT
				    patterns: ['\\baccess denied\\b']
				""";
		assertThat(problems(rules, TEXTS)).filteredOn((problem) -> problem.contains(": rules"))
			.containsExactly(
					"facts.yaml:49: rules.after: 'QUIT' is not one of [CONNECT, EHLO, HELO, STARTTLS, MAIL, RCPT, DATA]");
	}

	@Test
	void rejectsAReasonWithoutTextAndAnInvalidPattern() {
		String rules = REASONS + """
				providers:
				  - name: Example
				    documentation: https://example.org/errors
				    patterns: ['(unclosed']
				""";
		assertThat(problems(rules,
				TEXTS.replace("  - {reason: rejected, description: Refused., action: Ask the postmaster.}\n", "")))
			.containsExactly("facts.yaml:4: reasons[rejected]: has no text in language 'en'",
					"facts.yaml:8: providers[Example].patterns: '(unclosed' is not a valid RE2 pattern: missing closing )",
					"facts.yaml:8: providers[Example].patterns: is missing: a provider is recognised by at least one pattern");
	}

	// the texts in English as given, in Japanese complete
	private static BounceRules load(String facts, String texts) {
		List<Source> sources = List.of(new Source(TestCatalogue.resource(facts), "facts.yaml", null),
				new Source(TestCatalogue.resource(texts), "texts-en.yaml", "en"),
				new Source(TestCatalogue.resource(TEXTS), "texts-ja.yaml", "ja"));
		return BounceRulesLoader.load(TestCatalogue.load(), sources);
	}

	private static List<String> problems(String facts, String texts) {
		try {
			load(facts, texts);
		}
		catch (InvalidCatalogue ex) {
			return ex.problems();
		}
		throw new AssertionError("The rules were expected to be refused");
	}

}
