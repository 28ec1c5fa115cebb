package org.smtpcodes.codes;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded catalogue, as the service loads it.
 */
class CatalogueTests {

	private static Catalogue catalogue;

	@BeforeAll
	static void load() {
		catalogue = catalogue();
	}

	/** The embedded catalogue, loaded once for all the tests that read it. */
	static Catalogue catalogue() {
		return TestCatalogue.load();
	}

	@Test
	void holdsEveryReplyCodeAndEveryConcreteEnhancedCode() {
		// 58 reply codes; 81 registered details in classes 4 and 5, and 10 of them in
		// class 2
		assertThat(catalogue.counts()).containsEntry("reply", 58L).containsEntry("enhanced", 81L * 2 + 10);
		assertThat(catalogue.documents("en")).containsKeys("2.0.0", "2.1.5", "2.6.4", "4.1.1", "5.1.1", "4.7.30",
				"5.6.10");
		assertThat(catalogue.documents("en")).doesNotContainKeys("2.1.1", "X.1.1");
	}

	@Test
	void derivesRetryFromTheClassWithRecordedExceptions() {
		assertThat(catalogue.require("451", "en").retry().retryable()).isTrue();
		assertThat(catalogue.require("550", "en").retry().retryable()).isFalse();
		assertThat(catalogue.require("432", "en").retry().retryable()).isFalse();
		assertThat(catalogue.require("250", "en").retry()).isNull();
		assertThat(catalogue.require("354", "en").retry()).isNull();
		assertThat(catalogue.require("4.1.1", "en").retry().retryable()).isTrue();
		assertThat(catalogue.require("5.1.1", "en").retry().retryable()).isFalse();
		assertThat(catalogue.require("2.0.0", "en").retry()).isNull();
	}

	@Test
	void explainsAnEnhancedCodeInEachOfItsClasses() {
		CodeDocument transientForm = catalogue.require("4.1.1", "en");
		CodeDocument permanentForm = catalogue.require("5.1.1", "en");
		assertThat(transientForm.title()).isEqualTo(permanentForm.title()).isEqualTo("Bad destination mailbox address");
		assertThat(transientForm.codeClass().code()).isEqualTo("4.X.X");
		assertThat(permanentForm.codeClass().code()).isEqualTo("5.X.X");
		assertThat(transientForm.retry().advice()).isNotEqualTo(permanentForm.retry().advice());
		assertThat(transientForm.related()).extracting(CodeDocument.Link::code).contains("5.1.1");
		assertThat(transientForm.replyCodes()).extracting(CodeDocument.Link::code).containsExactly("451");
		assertThat(permanentForm.replyCodes()).extracting(CodeDocument.Link::code).containsExactly("550");
	}

	@Test
	void explainsAnUnregisteredDetailFromItsClassAndSubject() {
		CodeDocument document = catalogue.require("4.7.99", "en");
		assertThat(document.registered()).isFalse();
		assertThat(document.standard()).isFalse();
		assertThat(document.subject().code()).isEqualTo("X.7");
		assertThat(document.title()).isEqualTo("Security or Policy Status, unregistered detail 99");
		assertThat(document.description()).startsWith("4.7.99 is not in the IANA registry")
			.doesNotContain(document.codeClass().description());
		assertThat(document.retry().retryable()).isTrue();
		assertThat(document.related()).extracting(CodeDocument.Link::code).containsExactly("4.7.0");
	}

	@Test
	void refusesAnUndefinedSubject() {
		assertThatExceptionOfType(UnknownCode.class).isThrownBy(() -> catalogue.require("4.9.1", "en"))
			.satisfies((ex) -> assertThat(ex.why()).isEqualTo(UnknownCode.Why.SUBJECT));
	}

	@Test
	void refusesARegisteredDetailInAClassWhereItIsNeverUsed() {
		assertThatExceptionOfType(UnknownCode.class).isThrownBy(() -> catalogue.require("2.1.1", "en"))
			.satisfies((ex) -> assertThat(ex.suggestions()).containsExactly("4.1.1", "5.1.1"));
	}

	@Test
	void suggestsTheNearestKnownReplyCodes() {
		assertThatExceptionOfType(UnknownCode.class).isThrownBy(() -> catalogue.require("456", "en"))
			.satisfies((ex) -> assertThat(ex.suggestions()).containsExactly("4.5.6", "455", "454", "458"));
		assertThatExceptionOfType(UnknownCode.class).isThrownBy(() -> catalogue.require("599", "en"))
			.satisfies((ex) -> assertThat(ex.suggestions()).containsExactly("571", "556", "555"));
	}

	@Test
	void flagsReplyCodesOutsideTheGrammar() {
		CodeDocument document = catalogue.require("571", "en");
		assertThat(document.outsideGrammar()).isTrue();
		assertThat(document.standard()).isFalse();
		assertThat(document.category()).isNull();
		assertThat(document.enhancedCodes()).extracting(CodeDocument.Link::code).containsExactly("5.7.1");
		assertThat(catalogue.require("550", "en").outsideGrammar()).isNull();
	}

	@Test
	void givesCategoriesOnlyWhereRfc5321DefinesThem() {
		assertThat(catalogue.require("451", "en").category().name()).isEqualTo("Mail system");
		assertThat(catalogue.require("220", "en").category().digit()).isEqualTo(2);
		assertThat(catalogue.require("432", "en").category()).isNull();
		assertThat(catalogue.require("441", "en").category()).isNull();
	}

	@Test
	void marksTheDeprecatedDuplicateOfX68() {
		CodeDocument document = catalogue.require("5.6.10", "en");
		assertThat(document.deprecated()).isTrue();
		assertThat(document.related()).extracting(CodeDocument.Link::code).contains("5.6.8");
	}

	@Test
	void searchesCodesTitlesAndTexts() {
		assertThat(catalogue.list(null, null, "GREYLIST", "en")).extracting(CodeSummary::code).contains("4.7.1");
		assertThat(catalogue.list("reply", 4, null, "en")).allSatisfy((summary) -> {
			assertThat(summary.kind()).isEqualTo("reply");
			assertThat(summary.code()).startsWith("4");
		});
		assertThat(catalogue.list("enhanced", 2, null, "en")).hasSize(10);
	}

}
