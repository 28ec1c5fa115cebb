package org.smtpcodes.codes;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The loader refuses a broken catalogue with every problem as
 * {@code file:line: field: what is wrong}.
 */
class CatalogueLoaderTests {

	private static final String FACTS = TestCatalogue.read("catalogue-fixtures/facts.yaml");

	private static final String TEXTS = TestCatalogue.read("catalogue-fixtures/texts-en.yaml");

	@Test
	void loadsAValidCatalogue() {
		Catalogue catalogue = load(FACTS, TEXTS);
		assertThat(catalogue.documents("en")).containsOnlyKeys("250", "550", "4.1.1", "5.1.1");
		CodeDocument document = catalogue.require("550", "en");
		assertThat(document.enhancedCodes()).extracting(CodeDocument.Link::code).containsExactly("5.1.1");
		assertThat(document.examples()).extracting(CodeDocument.Example::source).containsExactly("Postfix");
		assertThat(catalogue.require("5.1.1", "en").examples()).hasSize(1);
		assertThat(catalogue.require("4.1.1", "en").examples()).isEmpty();
		assertThat(catalogue.provenance().version()).isEqualTo("test");
	}

	@Test
	void rejectsDuplicateCodes() {
		String duplicated = FACTS.replace("  - code: \"550\"\n",
				"  - code: \"250\"\n    standard: false\n  - code: \"550\"\n");
		assertThat(problems(duplicated, TEXTS))
			.contains("facts.yaml:12: replyCodes[250]: is a duplicate code (first at facts.yaml:6)");
	}

	@Test
	void rejectsAPairingWhoseClassDisagreesWithTheCode() {
		String wrongClass = FACTS.replace("enhancedCodes: [\"5.1.1\"]", "enhancedCodes: [\"4.1.1\"]");
		assertThat(problems(wrongClass, TEXTS)).contains(
				"facts.yaml:19: replyCodes[550].enhancedCodes: has 4.1.1, whose class 4 disagrees with reply code 550");
	}

	@Test
	void rejectsAnExampleWhoseEnhancedClassDisagreesWithItsReplyCode() {
		String wrongClass = FACTS.replace("550 5.1.1 <bob", "550 4.1.1 <bob");
		assertThat(problems(wrongClass, TEXTS)).anySatisfy((problem) -> assertThat(problem)
			.startsWith("facts.yaml:38: examples.reply: carries 4.1.1, whose class disagrees with reply code 550"));
	}

	@Test
	void rejectsAMissingRequiredText() {
		String missing = TEXTS.replace("    retryAdvice: Do not retry unchanged.\n", "");
		assertThat(problems(FACTS, missing))
			.containsExactly("texts-en.yaml:29: replyCodes[550].retryAdvice: is missing");
	}

	@Test
	void rejectsACodeWithoutText() {
		String facts = FACTS.replace("enhancedClasses:", """
				  - code: "251"
				    standard: true
				    references: [{document: RFC 5321}]
				enhancedClasses:""");
		assertThat(problems(facts, TEXTS))
			.containsExactly("facts.yaml:20: replyCodes[251]: has no text in language 'en'");
	}

	@Test
	void rejectsAnUnknownReference() {
		String unknown = FACTS.replace("related: [\"250\"]", "related: [\"250\", \"599\", \"5.1.99\"]");
		assertThat(problems(unknown, TEXTS)).containsExactly(
				"facts.yaml:18: replyCodes[550].related: 599 is not a code of the catalogue",
				"facts.yaml:18: replyCodes[550].related: 5.1.99 is not a code of the catalogue");
	}

	@Test
	void rejectsMalformedCodes() {
		String malformed = FACTS.replace("code: \"250\"", "code: \"25\"").replace("code: X.1.1", "code: X.01.1");
		assertThat(problems(malformed, TEXTS)).contains(
				"facts.yaml:6: replyCodes[25].code: '25' is not a well-formed reply code (three digits, the first 2 to 5)",
				"facts.yaml:30: enhancedDetails[X.01.1].code: 'X.01.1' is not a well-formed detail (X.subject.detail)");
	}

	@Test
	void rejectsMalformedYaml() {
		String malformed = FACTS.replace("    standard: true\n    rfcText: Requested mail",
				"    standard: [true\n    rfcText: Requested mail");
		assertThat(problems(malformed, TEXTS)).singleElement()
			.satisfies((problem) -> assertThat(problem).startsWith("facts.yaml:8: yaml: is not valid YAML"));
	}

	@Test
	void rejectsUnknownFieldsAndSections() {
		String typo = FACTS.replace("    rfcText: Requested mail", "    rfcTxt: Requested mail")
			.replace("examples:", "exampels:");
		assertThat(problems(typo, TEXTS)).contains(
				"facts.yaml:8: replyCodes[250].rfcTxt: is not a field of replyCodes (expected one of [closesConnection, code, deprecated, "
						+ "enhancedCodes, phases, references, related, retryable, rfcText, standard])",
				"facts.yaml:37: exampels: is not a section of the catalogue (expected one of [catalogue, comparisons, "
						+ "enhancedClasses, enhancedDetails, examples, providers, reasons, replyCodes, rules, statusReasons, subjects])");
	}

	@Test
	void refusesAliasBombs() {
		StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
		for (char name = 'b'; name <= 'k'; name++) {
			bomb.append(name).append(": &").append(name).append(" [");
			bomb.append(("*" + (char) (name - 1) + ", ").repeat(10)).append("]\n");
		}
		assertThat(problems(FACTS + "\nbomb:\n  " + bomb.toString().replace("\n", "\n  "), TEXTS)).singleElement()
			.satisfies(
					(problem) -> assertThat(problem).startsWith("facts.yaml:0: yaml: is refused: Number of aliases"));
	}

	@Test
	void refusesDuplicateKeys() {
		String duplicated = FACTS.replace("    rfcText: Requested mail action okay, completed\n",
				"    rfcText: Requested mail action okay, completed\n    rfcText: again\n");
		assertThat(problems(duplicated, TEXTS)).containsExactly("facts.yaml:9: replyCodes.rfcText: is given twice");
	}

	@Test
	void refusesWrongTypes() {
		String wrong = FACTS
			.replace("    standard: true\n    rfcText: Requested mail",
					"    standard: [true]\n    rfcText: Requested mail")
			.replace("related: [\"250\"]", "related: {code: \"250\"}")
			.replace("    references:\n      - document: RFC 3463\n        section: \"3.2\"\n    classes",
					"    references: RFC 3463\n    classes");
		assertThat(problems(wrong, TEXTS)).contains("facts.yaml:7: replyCodes[250].standard: must be a text",
				"facts.yaml:18: replyCodes[550].related: must be a list");
	}

	@Test
	void refusesADocumentThatIsNotAMapping() {
		assertThat(problems("- just\n- a list\n", TEXTS)).singleElement()
			.satisfies((problem) -> assertThat(problem).startsWith("facts.yaml:1: file: must be a mapping"));
	}

	@Test
	void refusesFilesOverTheSizeLimit() {
		String huge = FACTS + "\n# " + "x".repeat(CatalogueLoader.MAX_FILE_BYTES) + "\n";
		assertThat(problems(huge, TEXTS)).containsExactly("facts.yaml:0: file: is larger than 4 MiB");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		String facts = FACTS.replace("related: [\"250\"]", "related: [\"599\"]")
			.replace("standard: true\n    rfcText: Req", "standard: maybe\n    rfcText: Req");
		String texts = TEXTS.replace("    title: Completed\n", "");
		assertThat(problems(facts, texts)).containsExactly(
				"facts.yaml:7: replyCodes[250].standard: must be true or false",
				"facts.yaml:18: replyCodes[550].related: 599 is not a code of the catalogue");
	}

	@Test
	void readsTheNoteOfAPairWhicheverWayItIsWritten() {
		String facts = FACTS + "comparisons:\n  - pair: 550/250\n";
		String texts = TEXTS + "comparisons:\n  - pair: 250/550\n    note: One succeeded, one failed.\n";
		Catalogue catalogue = load(facts, texts);
		assertThat(catalogue.note(Pair.of(CodeId.parse("550"), CodeId.parse("250")), "en"))
			.isEqualTo("One succeeded, one failed.");
		assertThat(catalogue.require("250", "en").related()).extracting(CodeDocument.Link::compareHref)
			.containsExactly("/compare?a=250&b=550");
	}

	@Test
	void rejectsADuplicatePairAnUnknownCodeAndAMissingNote() {
		String facts = FACTS
				+ "comparisons:\n  - pair: 550/250\n  - pair: 250/550\n  - pair: 250/599\n  - pair: 250/4.1.1\n";
		String texts = TEXTS + "comparisons:\n  - pair: 250/550\n    note: One succeeded, one failed.\n";
		assertThat(problems(facts, texts)).containsExactly(
				"facts.yaml:42: comparisons[250/550]: is a duplicate pair (first at facts.yaml:41)",
				"facts.yaml:43: comparisons[250/599].pair: 599 is not a code of the catalogue",
				"facts.yaml:44: comparisons[250/4.1.1]: has no text in language 'en'");
	}

	@Test
	void letsAnExtraFileAddCodesAndReplaceTexts() {
		String extra = """
				replyCodes:
				  - code: "554"
				    standard: true
				    references: [{document: RFC 5321, section: "4.2.3"}]
				texts:
				  en:
				    replyCodes:
				      - code: "554"
				        title: Transaction Failed
				        description: The whole transaction failed.
				        whenYouSeeIt: After the end of data.
				        howToFix: Read the text.
				        retryAdvice: Do not retry unchanged.
				      - code: "550"
				        title: Our Own Title
				""";
		Catalogue catalogue = load(FACTS, TEXTS, extra);
		assertThat(catalogue.require("554", "en").title()).isEqualTo("Transaction Failed");
		assertThat(catalogue.require("550", "en").title()).isEqualTo("Our Own Title");
		assertThat(catalogue.require("550", "en").description()).isEqualTo("The mailbox cannot be used.");
		assertThat(catalogue.provenance().extra()).isEqualTo("local.yaml");
	}

	@Test
	void checksAnExtraFileTheSameWay() {
		String extra = """
				replyCodes:
				  - code: "554"
				    standard: true
				    references: [{document: RFC 5321, section: "4.2.3"}]
				    related: ["599"]
				""";
		assertThatExceptionOfType(InvalidCatalogue.class).isThrownBy(() -> load(FACTS, TEXTS, extra))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(
					"local.yaml:2: replyCodes[554]: has no text in language 'en'",
					"local.yaml:5: replyCodes[554].related: 599 is not a code of the catalogue"));
	}

	static Catalogue load(String facts, String texts, String... extra) {
		List<CatalogueFiles.Source> sources = new ArrayList<>();
		sources.add(new CatalogueFiles.Source(TestCatalogue.resource(facts), "facts.yaml", null));
		sources.add(new CatalogueFiles.Source(TestCatalogue.resource(texts), "texts-en.yaml", "en"));
		for (String file : extra) {
			sources.add(new CatalogueFiles.Source(TestCatalogue.resource(file), "local.yaml", null, true));
		}
		return new CatalogueLoader(List.of("en"), TestCatalogue.messages()).load(sources);
	}

	private static List<String> problems(String facts, String texts) {
		try {
			load(facts, texts);
		}
		catch (InvalidCatalogue ex) {
			assertThat(ex.getMessage()).contains(String.join("\n", ex.problems()));
			return ex.problems();
		}
		throw new AssertionError("The catalogue was expected to be refused");
	}

}
