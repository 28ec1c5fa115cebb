package org.smtpcodes.codes;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code of the reference files is in the catalogue, with the facts those files give.
 */
class CatalogueCoverageTests {

	private final Catalogue catalogue = CatalogueTests.catalogue();

	@Test
	void holdsEveryReplyCodeWithItsFacts() {
		List<Map<String, String>> codes = ReferenceCsv.read("basic-codes.csv");
		assertThat(codes).hasSize(58);
		for (Map<String, String> row : codes) {
			CodeDocument document = this.catalogue.require(row.get("code"), "en");
			assertThat(document.standard()).as(row.get("code")).isEqualTo(row.get("standard").equals("yes"));
			String rfcText = row.get("rfc_text");
			if (rfcText.startsWith("(")) {
				assertThat(document.rfcText()).as("%s has no text in any standard", row.get("code")).isNull();
			}
			else {
				assertThat(document.rfcText()).as(row.get("code")).isEqualTo(rfcText.replaceAll("\\s{2,}", " "));
			}
			assertRequiredFields(document);
			// "(updates RFC 5321 ...)" names what a definition changes, not where the
			// code is defined
			for (String rfc : rfcsIn(row.get("defined_in").replaceAll("\\(.*?\\)", ""))) {
				assertThat(document.references()).extracting(CodeDocument.Reference::document)
					.as("references of %s", row.get("code"))
					.contains(rfc);
			}
		}
	}

	@Test
	void holdsEveryRegisteredDetailInClassesFourAndFive() {
		List<Map<String, String>> details = ReferenceCsv.read("enhanced-codes.csv");
		assertThat(details).hasSize(81);
		for (Map<String, String> row : details) {
			String registryForm = row.get("code");
			for (int classDigit : new int[] { 4, 5 }) {
				CodeDocument document = this.catalogue.require(classDigit + registryForm.substring(1), "en");
				assertThat(document.registered()).isTrue();
				assertThat(document.standard()).isTrue();
				assertThat(document.detail().code()).isEqualTo(registryForm);
				String sample = row.get("sample_text");
				assertThat(document.rfcText()).as(document.code()).isEqualTo(sample.isEmpty() ? null : sample);
				assertThat(document.references()).extracting(CodeDocument.Reference::document)
					.as("references of %s", document.code())
					.containsAll(rfcsIn(row.get("reference")))
					.contains("IANA SMTP Enhanced Status Codes");
				for (CodeDocument.Link reply : document.replyCodes()) {
					assertThat(row.get("associated_basic_codes")).as("pairing of %s", document.code())
						.contains(reply.code());
					assertThat(reply.code()).startsWith(Integer.toString(classDigit));
				}
				assertRequiredFields(document);
			}
		}
	}

	// the registry's pairings, plus 2.1.0: X.1.0 has none, but Postfix answers every
	// valid MAIL FROM with "250 2.1.0 Ok" (src/test/resources/replies/postfix.tsv)
	@Test
	void holdsTheSuccessFormWhereTheRegistryPairsADetailWithA2xxReply() {
		for (Map<String, String> row : ReferenceCsv.read("enhanced-codes.csv")) {
			String associated = row.get("associated_basic_codes");
			boolean positive = associated.equals("Any") || Pattern.compile("\\b2\\d\\d\\b").matcher(associated).find();
			String successForm = "2" + row.get("code").substring(1);
			if (positive) {
				assertThat(this.catalogue.documents("en")).as(successForm).containsKey(successForm);
			}
		}
		assertThat(this.catalogue.documents("en").keySet().stream().filter((code) -> code.startsWith("2.")))
			.containsExactlyInAnyOrder("2.0.0", "2.1.0", "2.1.5", "2.3.0", "2.3.6", "2.5.0", "2.6.4", "2.6.8", "2.7.0",
					"2.7.7");
	}

	@Test
	void namesEveryClassAndSubjectOfTheRegistry() {
		for (Map<String, String> row : ReferenceCsv.read("enhanced-classes-subjects.csv")) {
			String code = row.get("code");
			if (row.get("kind").equals("class")) {
				CodeDocument document = this.catalogue.require(code.charAt(0) + ".0.0", "en");
				assertThat(document.codeClass().name()).isEqualTo(row.get("summary"));
			}
			else {
				CodeDocument document = this.catalogue.require("5." + code.charAt(2) + ".999", "en");
				assertThat(document.subject().name()).isEqualTo(row.get("summary"));
			}
		}
	}

	private static void assertRequiredFields(CodeDocument document) {
		String code = document.code();
		assertThat(document.title()).as("title of %s", code).isNotBlank();
		assertThat(document.codeClass().name()).as("class of %s", code).isNotBlank();
		assertThat(document.codeClass().description()).as("class of %s", code).isNotBlank();
		assertThat(document.description()).as("description of %s", code).isNotBlank();
		assertThat(document.whenYouSeeIt()).as("whenYouSeeIt of %s", code).isNotBlank();
		assertThat(document.howToFix()).as("howToFix of %s", code).isNotBlank();
		boolean failure = code.charAt(0) == '4' || code.charAt(0) == '5';
		if (failure) {
			assertThat(document.retry()).as("retry of %s", code).isNotNull();
			assertThat(document.retry().advice()).as("retry advice of %s", code).isNotBlank();
		}
		else {
			assertThat(document.retry()).as("retry of %s", code).isNull();
		}
		if (document.standard()) {
			assertThat(document.references()).as("references of %s", code).isNotEmpty();
		}
	}

	private static List<String> rfcsIn(String text) {
		Matcher matcher = Pattern.compile("RFC \\d+").matcher(text);
		return matcher.results().map(java.util.regex.MatchResult::group).distinct().toList();
	}

}
