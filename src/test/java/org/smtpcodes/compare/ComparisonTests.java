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
				assertThat(comparison.whenToUseWhich().serverOperator()).doesNotContainPattern("\\bnull\\b(?! MX)")
					.endsWith(".");
				assertThat(comparison.whenToUseWhich().client()).doesNotContainPattern("\\bnull\\b(?! MX)")
					.endsWith(".");
				compared++;
			}
		}
		assertThat(compared).isEqualTo(documents.size() * (documents.size() - 1) / 2);
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
					+ "451 (Local Error) is a 4xx Transient Negative Completion reply. 220: ");
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
