package org.smtpcodes.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every success-class enhanced code (2.Y.Z) is explained as a success: its description,
 * summary, when-you-see-it and how-to-fix texts say nothing of a refusal or a failure, in
 * every language.
 *
 * <p>
 * The failure wording looked for is the vocabulary of a refused or failed action:
 * <ul>
 * <li>English: refus-, reject-, fail- (failed, failure, fails), stopped, cannot, can't,
 * could not, denied, deny, bounce-, undeliverable, not delivered, give up, gave up.</li>
 * <li>Japanese: 拒否, 拒ま, 失敗, できません, できず, できなかっ, 不達, バウンス, 差し戻, 阻止, 止めま, 止めら, 断ら.</li>
 * </ul>
 * Words such as "error" or "problem" are left out on purpose: a success text may say that
 * the code is not an error. A success text that needs to warn of a later outcome says so
 * without the vocabulary of failure ("does not prove that the message will arrive").
 */
class CatalogueSuccessTextsTests {

	static final Pattern ENGLISH_FAILURE = Pattern.compile("(?i)\\b(refus\\w*|reject\\w*|fail\\w*|stopped|cannot"
			+ "|can't|could not|denied|deny|bounc\\w*|undeliverable|not delivered|give up|gave up)\\b");

	static final Pattern JAPANESE_FAILURE = Pattern.compile("拒否|拒ま|失敗|できません|できず|できなかっ|不達|バウンス|差し戻|阻止|止めま|止めら|断ら");

	// a quoted reply of class 2 followed by its enhanced code: "250 2.1.5" or 「250 2.1.5」
	static final Pattern SUCCESS_REPLY = Pattern.compile("[\"「]2\\d\\d 2\\.\\d+\\.\\d+");

	private final Catalogue catalogue = TestCatalogue.load();

	@Test
	void theCatalogueServesSuccessEnhancedCodes() {
		assertThat(successDocuments("en")).extracting(CodeDocument::code)
			.contains("2.0.0", "2.1.0", "2.1.5", "2.3.0", "2.5.0", "2.7.0");
	}

	@Test
	void noSuccessEnhancedCodeIsExplainedWithFailureWording() {
		List<String> found = new ArrayList<>();
		for (String language : this.catalogue.languages()) {
			Pattern failure = language.equals("ja") ? JAPANESE_FAILURE : ENGLISH_FAILURE;
			for (CodeDocument document : successDocuments(language)) {
				Map<String, String> fields = new java.util.LinkedHashMap<>();
				fields.put("description", document.description());
				fields.put("summary", document.summary().summary());
				fields.put("whenYouSeeIt", document.whenYouSeeIt());
				fields.put("howToFix", document.howToFix());
				fields.forEach((field, text) -> {
					if (text != null) {
						failure.matcher(text)
							.results()
							.forEach((match) -> found
								.add(language + " " + document.code() + " " + field + ": \"" + match.group() + "\""));
					}
				});
			}
		}
		assertThat(found).as("failure wording in success texts").isEmpty();
	}

	@Test
	void theWordListFindsFailureWording() {
		assertThat(ENGLISH_FAILURE.matcher("Security or local policy stopped the action.").find()).isTrue();
		assertThat(ENGLISH_FAILURE.matcher("The address was rejected.").find()).isTrue();
		assertThat(ENGLISH_FAILURE.matcher("A 2.1.5 says the server accepted this recipient.").find()).isFalse();
		assertThat(JAPANESE_FAILURE.matcher("ポリシーが操作を拒否しました。").find()).isTrue();
		assertThat(JAPANESE_FAILURE.matcher("認証に成功しました。").find()).isFalse();
	}

	@Test
	void noFailureEnhancedCodeIsSeenInASuccessReply() {
		List<String> found = new ArrayList<>();
		for (String language : this.catalogue.languages()) {
			for (CodeDocument document : this.catalogue.documents(language).values()) {
				if (document.kind().equals(CodeDocument.ENHANCED) && !document.code().startsWith("2.")) {
					SUCCESS_REPLY.matcher(document.whenYouSeeIt())
						.results()
						.forEach((match) -> found.add(language + " " + document.code() + ": " + match.group()));
				}
			}
		}
		assertThat(found).as("failure codes whose when-you-see-it quotes a success reply").isEmpty();
		assertThat(SUCCESS_REPLY.matcher("Chiefly as \"250 2.1.5\" in reply to RCPT TO").find()).isTrue();
		assertThat(SUCCESS_REPLY.matcher("主に「250 2.1.5」として返されます").find()).isTrue();
		assertThat(SUCCESS_REPLY.matcher("as in \"550 5.1.5 ...\"").find()).isFalse();
	}

	@Test
	void explainsUnregisteredSuccessDetailsAsSuccesses() {
		assertThat(successDocuments("en")).extracting(CodeDocument::code).contains("2.7.99", "2.1.99");
		CodeDocument document = this.catalogue.require("2.7.99", "en");
		assertThat(document.description()).startsWith("2.7.99 is not in the IANA registry")
			.contains("Its subject, X.7 (Security or Policy Status), says what the success was about");
		assertThat(document.howToFix()).isEqualTo("Nothing needs to be done: the class says the action succeeded.");
		assertThat(document.retry()).isNull();
	}

	// every registered 2.Y.Z, and an unregistered detail of every subject
	private List<CodeDocument> successDocuments(String language) {
		List<CodeDocument> documents = new ArrayList<>(this.catalogue.documents(language)
			.values()
			.stream()
			.filter((document) -> document.kind().equals(CodeDocument.ENHANCED))
			.filter((document) -> document.code().startsWith("2."))
			.toList());
		for (int subject = 0; subject <= 7; subject++) {
			documents.add(this.catalogue.require("2." + subject + ".99", language));
		}
		return documents;
	}

}
