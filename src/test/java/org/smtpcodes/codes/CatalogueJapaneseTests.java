package org.smtpcodes.codes;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code and note of the catalogue is written in Japanese, not left in English (the
 * reasons of the bounce rules: see the explain package's BounceRulesTests).
 */
class CatalogueJapaneseTests {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	private final Catalogue catalogue = TestCatalogue.load();

	@Test
	void holdsJapaneseAsAConfiguredLanguage() {
		assertThat(this.catalogue.languages()).containsExactly("en", "ja");
		assertThat(this.catalogue.documents("ja").keySet()).isEqualTo(this.catalogue.documents("en").keySet());
	}

	@Test
	void writesEveryCodeInJapanese() {
		for (CodeDocument document : this.catalogue.documents("ja").values()) {
			CodeDocument english = this.catalogue.require(document.code(), "en");
			List<String> texts = new java.util.ArrayList<>(
					List.of(document.title(), document.description(), document.whenYouSeeIt(), document.howToFix(),
							document.codeClass().name(), document.codeClass().description()));
			if (document.retry() != null) {
				texts.add(document.retry().advice());
			}
			for (String text : texts) {
				assertThat(text).as(document.code()).containsPattern(JAPANESE);
			}
			assertThat(document.description()).as(document.code()).isNotEqualTo(english.description());
			assertThat(document.rfcText()).as("the standard's text stays as the standard gives it")
				.isEqualTo(english.rfcText());
			assertThat(document.references()).isEqualTo(english.references());
		}
	}

	@Test
	void writesEveryNoteInJapanese() {
		assertThat(this.catalogue.pairs()).hasSize(33);
		for (Pair pair : this.catalogue.pairs()) {
			assertThat(this.catalogue.note(pair, "ja")).as(pair.key())
				.containsPattern(JAPANESE)
				.contains(pair.first(), pair.second());
		}
	}

	@Test
	void buildsTheUnregisteredDocumentInJapanese() {
		CodeDocument document = this.catalogue.require("4.7.99", "ja");
		assertThat(document.title()).containsPattern(JAPANESE).contains("99");
		assertThat(document.description()).containsPattern(JAPANESE).contains("4.7.99");
	}

}
