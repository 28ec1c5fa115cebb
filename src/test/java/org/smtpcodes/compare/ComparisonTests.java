package org.smtpcodes.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeId;
import org.smtpcodes.codes.Pair;
import org.smtpcodes.codes.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparisons of every pair of the catalogue, in-process.
 */
class ComparisonTests {

	private final Catalogue catalogue = TestCatalogue.load();

	private final Phrases phrases = new Phrases(TestCatalogue.messages(), Locale.ENGLISH);

	@Test
	void comparesEveryPairOfTheCatalogueCompletely() {
		List<CodeDocument> documents = new ArrayList<>(this.catalogue.documents("en").values());
		int compared = 0;
		for (int i = 0; i < documents.size(); i++) {
			for (int j = i + 1; j < documents.size(); j++) {
				Comparison comparison = compare(documents.get(i), documents.get(j));
				assertThat(comparison.summary()).as(comparison.title()).matches("(?s).*[.!?\"]$").doesNotContain("{");
				assertThat(comparison.differences()).as(comparison.title()).hasSizeGreaterThanOrEqualTo(2);
				assertThat(comparison.differences()).as(comparison.title())
					.anySatisfy((difference) -> assertThat(difference.shared()).isFalse());
				for (Comparison.Difference difference : comparison.differences()) {
					assertThat(difference.text()).as("%s: %s", comparison.title(), difference.aspect())
						.matches("(?s).*[.!?\"]$")
						.doesNotContain("{")
						.doesNotContainPattern("\\bnull\\b(?! MX)");
				}
				if (comparison.whenToUseWhich().serverOperator() != null) {
					assertThat(comparison.whenToUseWhich().serverOperator()).doesNotContainPattern("\\bnull\\b(?! MX)")
						.endsWith(".");
				}
				assertThat(comparison.whenToUseWhich().client()).doesNotContainPattern("\\bnull\\b(?! MX)")
					.endsWith(".");
				compared++;
			}
		}
		assertThat(compared).isEqualTo(documents.size() * (documents.size() - 1) / 2);
	}

	@Test
	void neverSaysOneThingTwiceAboutTheTwoCodes() {
		for (String language : List.of("en", "ja")) {
			Phrases phrases = new Phrases(TestCatalogue.messages(), Locale.forLanguageTag(language));
			List<CodeDocument> documents = new ArrayList<>(this.catalogue.documents(language).values());
			for (int i = 0; i < documents.size(); i++) {
				for (int j = i + 1; j < documents.size(); j++) {
					CodeDocument a = documents.get(i);
					CodeDocument b = documents.get(j);
					Comparison comparison = Comparison.of(a, b, null, phrases);
					String title = language + ": " + comparison.title();
					assertThat(sentencesWithoutCodes(comparison.whenToUseWhich().client(), a, b)).as(title)
						.doesNotHaveDuplicates();
					assertThat(sentencesWithoutCodes(comparison.whenToUseWhich().serverOperator(), a, b)).as(title)
						.doesNotHaveDuplicates();
					assertThat(comparison.summary()).as(title)
						.doesNotContain(a.summary().summary())
						.doesNotContain(b.summary().summary());
					if (a.rfcText() != null && b.rfcText() != null) {
						assertThat(comparison.differences()).as(title)
							.noneSatisfy((difference) -> assertThat(difference.text()).isEqualTo(
									phrases.say("aspect.meaning.titles", a.code(), a.title(), b.code(), b.title())));
					}
				}
			}
		}
	}

	@Test
	void spacesJapaneseOnlyAroundLatinWords() {
		Phrases phrases = new Phrases(TestCatalogue.messages(), Locale.JAPANESE);
		List<CodeDocument> documents = new ArrayList<>(this.catalogue.documents("ja").values());
		int sentences = 0;
		for (int i = 0; i < documents.size(); i++) {
			for (int j = i + 1; j < documents.size(); j++) {
				Comparison comparison = Comparison.of(documents.get(i), documents.get(j), null, phrases);
				List<String> texts = new ArrayList<>(
						List.of(comparison.title(), comparison.summary(), comparison.whenToUseWhich().client()));
				if (comparison.whenToUseWhich().serverOperator() != null) {
					texts.add(comparison.whenToUseWhich().serverOperator());
				}
				comparison.differences().forEach((difference) -> texts.add(difference.text()));
				for (String text : texts) {
					for (int k = 1; k < text.length(); k++) {
						assertThat(latin(text.charAt(k - 1)) && kanaOrKanji(text.charAt(k))
								|| kanaOrKanji(text.charAt(k - 1)) && latin(text.charAt(k)))
							.as("no space between a Latin word and Japanese at %d of: %s", k, text)
							.isFalse();
					}
					for (int k = 1; k + 1 < text.length(); k++) {
						if (text.charAt(k) == ' ') {
							assertThat(text.charAt(k - 1)).as("a space after a full stop in: %s", text)
								.isNotEqualTo('。');
							assertThat(Phrases.japanese(text.charAt(k - 1)) && Phrases.japanese(text.charAt(k + 1)))
								.as("a space between two Japanese characters at %d of: %s", k, text)
								.isFalse();
						}
					}
					sentences++;
				}
			}
		}
		assertThat(sentences).isGreaterThan(documents.size() * (documents.size() - 1) / 2 * 8);
		assertThat(Phrases.tidy("どちらも 接続の開始 への応答です")).isEqualTo("どちらも接続の開始への応答です");
		assertThat(Phrases.tidy("どちらも RCPT への応答です")).isEqualTo("どちらも RCPT への応答です");
	}

	@Test
	void tellsWhichRepliesCloseTheConnection() {
		Comparison shutdown = compare("421", "451");
		assertThat(shutdown.summary()).endsWith(
				"After 421 the server closes the connection (RFC 5321 section 3.8); after 451 the session goes on.");
		assertThat(shutdown.whenToUseWhich().serverOperator())
			.startsWith("Send 421 only when the service cannot go on with the session")
			.contains("send 451 when the server refuses for a reason that should pass");
		assertThat(shutdown.whenToUseWhich().client())
			.startsWith("After 421, the server has closed the connection: keep the message queued and try again later, "
					+ "in a new connection.")
			.endsWith("After 451, keep the message queued and try again later.");
		assertThat(shutdown.differences()).filteredOn((difference) -> difference.aspect().equals("connection"))
			.singleElement()
			.satisfies((difference) -> {
				assertThat(difference.shared()).isFalse();
				assertThat(difference.a()).isEqualTo("closed after the reply");
				assertThat(difference.b()).isEqualTo("kept open");
			});
		Comparison ending = compare("221", "421");
		assertThat(ending.whenToUseWhich().serverOperator()).startsWith("Both end the session")
			.contains("send 221 in answer to QUIT");
		assertThat(ending.whenToUseWhich().client()).startsWith("After 221, the session is over, as the client asked");
		assertThat(compare("250", "550").differences()).extracting(Comparison.Difference::aspect)
			.doesNotContain("connection");
	}

	@Test
	void saysThatRepliesOfDifferentStepsAreNoAlternatives() {
		assertThat(compare("521", "556").whenToUseWhich().serverOperator())
			.isEqualTo("They are not alternatives: 521 answers the opening of the connection and 556 answers RCPT, so "
					+ "the step of the session decides which one a server can send.");
		assertThat(compare("220", "554").whenToUseWhich().serverOperator())
			.startsWith("In answer to the opening of the connection, send 220 when the server accepts; send 554 when");
	}

	@Test
	void saysOnceWhatAClientDoesAfterEitherOfTwoAlike() {
		Comparison comparison = compare("550", "553");
		assertThat(comparison.whenToUseWhich().client()).isEqualTo("After 550 or 553, stop, do not send the same "
				+ "request again unchanged, and report the failure to the sender.");
		assertThat(comparison.whenToUseWhich().serverOperator()).startsWith("Both tell a client the same thing");
	}

	private static boolean latin(char c) {
		return c < 0x80 && Character.isLetterOrDigit(c);
	}

	private static boolean kanaOrKanji(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| script == Character.UnicodeScript.HAN;
	}

	private static List<String> sentencesWithoutCodes(String text, CodeDocument a, CodeDocument b) {
		if (text == null) {
			return List.of();
		}
		String withoutCodes = text.replace(a.code(), "#").replace(b.code(), "#");
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < withoutCodes.length(); i++) {
			char c = withoutCodes.charAt(i);
			if (c == '。' || (c == '.' && (i + 1 == withoutCodes.length() || withoutCodes.charAt(i + 1) == ' '))) {
				sentences.add(withoutCodes.substring(start, i + 1).strip());
				start = i + 1;
			}
		}
		return sentences;
	}

	@Test
	void swappingTheSidesMirrorsTheAnswer() {
		List<CodeDocument> documents = new ArrayList<>(this.catalogue.documents("en").values());
		for (int i = 0; i < documents.size(); i += 3) {
			for (int j = i + 1; j < documents.size(); j += 2) {
				Comparison forth = compare(documents.get(i), documents.get(j));
				Comparison back = compare(documents.get(j), documents.get(i));
				assertThat(back.a()).isEqualTo(forth.b());
				assertThat(back.b()).isEqualTo(forth.a());
				assertThat(back.notes()).isEqualTo(forth.notes());
				assertThat(back.differences()).extracting(Comparison.Difference::aspect)
					.containsExactlyElementsOf(
							forth.differences().stream().map(Comparison.Difference::aspect).toList());
				for (int k = 0; k < forth.differences().size(); k++) {
					Comparison.Difference there = forth.differences().get(k);
					Comparison.Difference here = back.differences().get(k);
					assertThat(here.a()).isEqualTo(there.b());
					assertThat(here.b()).isEqualTo(there.a());
					assertThat(here.shared()).isEqualTo(there.shared());
				}
			}
		}
	}

	@Test
	void contrastsClassesInTheSummary() {
		Comparison comparison = compare("220", "451");
		assertThat(comparison.title()).isEqualTo("SMTP 220 Service Ready vs 451 Local Error");
		assertThat(comparison.summary())
			.startsWith("SMTP 220 (Service Ready) is a 2xx Positive Completion reply, while "
					+ "451 (Local Error) is a 4xx Transient Negative Completion reply. 220 answers ");
		assertThat(comparison.differences()).extracting(Comparison.Difference::aspect)
			.contains("class", "permanence", "retry", "category", "phase", "actor");
	}

	@Test
	void explainsAReplyCodeAndAnEnhancedCodeAsTwoLayers() {
		Comparison together = compare("550", "5.1.1");
		assertThat(together.summary()).contains("two layers of one reply");
		assertThat(together.differences()).filteredOn((difference) -> difference.aspect().equals("class"))
			.singleElement()
			.satisfies((difference) -> {
				assertThat(difference.shared()).isTrue();
				assertThat(difference.text()).contains("\"550 5.1.1\"");
			});
		Comparison conflicting = compare("451", "5.1.1");
		assertThat(conflicting.differences()).filteredOn((difference) -> difference.aspect().equals("class"))
			.singleElement()
			.satisfies((difference) -> assertThat(difference.text()).contains("RFC 2034"));
		assertThat(conflicting.whenToUseWhich().serverOperator()).startsWith("Do not send them together");
	}

	@Test
	void sharesTheSubjectOfTwoDetailsOfOneSubject() {
		Comparison comparison = compare("5.1.1", "5.1.2");
		assertThat(comparison.differences()).filteredOn(Comparison.Difference::shared)
			.extracting(Comparison.Difference::aspect)
			.contains("class", "subject", "retry");
		assertThat(comparison.differences()).filteredOn((difference) -> !difference.shared())
			.extracting(Comparison.Difference::aspect)
			.contains("detail");
	}

	@Test
	void saysWhoActsAndHowToReact() {
		Comparison comparison = compare("450", "550");
		assertThat(comparison.whenToUseWhich().client()).isEqualTo("After 450, keep the message queued and try again "
				+ "later. After 550, stop, do not send the same request again unchanged, and report the failure to "
				+ "the sender.");
		assertThat(compare("432", "535").whenToUseWhich().client()).contains("After 432, do not simply try again");
	}

	@Test
	void comparesUnregisteredDetails() {
		Comparison comparison = compare(this.catalogue.require("4.7.99", "en"), this.catalogue.require("5.7.1", "en"));
		assertThat(comparison.differences()).filteredOn((difference) -> difference.aspect().equals("standard"))
			.singleElement()
			.satisfies((difference) -> assertThat(difference.a()).isEqualTo("not registered"));
	}

	private Comparison compare(String a, String b) {
		return compare(this.catalogue.require(a, "en"), this.catalogue.require(b, "en"));
	}

	private Comparison compare(CodeDocument a, CodeDocument b) {
		Pair pair = Pair.of(CodeId.parse(a.code()), CodeId.parse(b.code()));
		return Comparison.of(a, b, this.catalogue.note(pair, "en"), this.phrases);
	}

}
