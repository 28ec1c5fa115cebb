package org.smtpcodes.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.codes.TestCatalogue;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reply recorded from real mail servers (src/test/resources/replies/, see HOW.md
 * there) and every provider reply of the corpus is read with the right codes, text and
 * class.
 */
class ExplainFixturesTests {

	private final Catalogue catalogue = TestCatalogue.load();

	private final MessageSource messages = TestCatalogue.messages();

	private final Explainer explainer = TestExplainer.explainer();

	@ParameterizedTest
	@ValueSource(strings = { "postfix", "exim", "opensmtpd" })
	void readsEveryRecordedReply(String software) {
		List<Map<String, String>> rows = Corpus.read("replies/" + software + ".tsv");
		assertThat(rows).hasSizeGreaterThan(90);
		for (Map<String, String> row : rows) {
			String reply = row.get("reply").replace("\\n", "\n");
			Explanation explanation = this.explainer.explain(reply, "en");
			String where = software + " " + row.get("scenario") + ": " + reply;
			assertThat(explanation.replyCode()).as(where).isNotNull();
			assertThat(explanation.replyCode().code()).as(where).isEqualTo(row.get("reply_code"));
			assertThat(explanation.replyCode().codeClass().code()).as(where)
				.isEqualTo(row.get("reply_code").charAt(0) + "xx");
			if (row.get("enhanced_code").isEmpty()) {
				assertThat(explanation.enhancedCode()).as(where).isNull();
			}
			else {
				assertThat(explanation.enhancedCode()).as(where).isNotNull();
				assertThat(explanation.enhancedCode().code()).as(where).isEqualTo(row.get("enhanced_code"));
			}
			assertThat(explanation.text()).as(where).doesNotStartWith(row.get("reply_code"));
			char classDigit = row.get("reply_code").charAt(0);
			if (classDigit == '2' || classDigit == '3') {
				assertThat(explanation.bounce()).as(where).isEqualTo(Explanation.NONE);
				assertThat(explanation.retry()).as(where).isNull();
			}
			else {
				assertThat(explanation.bounce()).as(where).isIn(Explanation.HARD, Explanation.SOFT);
				assertThat(explanation.retry().retryable()).as(where).isEqualTo(classDigit == '4');
			}
		}
	}

	@Test
	void readsEveryProviderReplyWithItsCodes() {
		for (Map<String, String> row : Corpus.read("corpora/sisimai-provider-replies.tsv")) {
			Explanation explanation = this.explainer.explain(row.get("diagnostic"), "en");
			String where = row.get("diagnostic");
			if (!row.get("reply_code").isEmpty()) {
				assertThat(explanation.replyCode()).as(where).isNotNull();
				assertThat(explanation.replyCode().code()).as(where).isEqualTo(row.get("reply_code"));
			}
			if (!row.get("status").isEmpty()) {
				assertThat(explanation.enhancedCode()).as(where).isNotNull();
				assertThat(explanation.enhancedCode().code()).as(where).isEqualTo(row.get("status"));
			}
		}
	}

	@Test
	void recognisesTheProvider() {
		assertThat(this.explainer.explain("550-5.7.26 Unauthenticated email is not accepted. - gsmtp", "en")
			.provider()
			.name()).isEqualTo("Gmail (Google)");
		assertThat(this.explainer.explain("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found", "en")
			.provider()
			.name()).startsWith("Microsoft");
		assertThat(this.explainer.explain("550 5.1.1 User unknown", "en").provider()).isNull();
	}

	// Every text of the corpus (the labelled diagnostics, the provider replies, the
	// recorded replies) and the replies whose two codes disagree on the class: the retry
	// advice is one written for the verdict given. Every advice the service can give is
	// known with its verdict: each code's in the catalogue, and the sentences the
	// explainer writes itself. An advice must contain one of its own verdict and none of
	// the other ("550 4.1.1": not retryable, so not the advice of 4.1.1, which says to
	// retry on the normal schedule).
	@ParameterizedTest
	@ValueSource(strings = { "en", "ja" })
	void retryAdviceNeverContradictsRetryable(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Map<String, Boolean> advices = new HashMap<>();
		for (CodeDocument document : this.catalogue.documents(language).values()) {
			if (document.retry() != null) {
				Boolean other = advices.put(document.retry().advice(), document.retry().retryable());
				assertThat(other).as(document.code()).isNotEqualTo(!document.retry().retryable());
			}
		}
		advices.put(this.messages.getMessage("explain.retry.tooManyRecipients", null, locale), true);
		advices.put(this.messages.getMessage("explain.retry.saysNotToRetry", null, locale), false);
		int given = 0;
		for (String text : corpus()) {
			Explanation explanation;
			try {
				explanation = this.explainer.explain(text, language);
			}
			catch (NoReply ex) {
				continue;
			}
			if (explanation.retry() == null) {
				continue;
			}
			given++;
			boolean retryable = explanation.retry().retryable();
			String advice = explanation.retry().advice();
			Map<String, Boolean> known = new HashMap<>(advices);
			// a code the catalogue reads by its class and subject (5.7.606) has the
			// advice of those
			for (var code : new CodeSummary[] { explanation.replyCode(), explanation.enhancedCode() }) {
				CodeDocument document = (code != null) ? this.catalogue.require(code.code(), language) : null;
				if (document != null && document.retry() != null) {
					known.putIfAbsent(document.retry().advice(), document.retry().retryable());
				}
			}
			// a reply code the catalogue lacks (559) is in the explanation only as a
			// finding
			String replyCode = ReplyParser.parse(text).replyCode();
			if (replyCode != null && explanation.enhancedCode() != null) {
				Object[] codes = { replyCode, explanation.enhancedCode().code() };
				known.put(this.messages.getMessage("explain.retry.temporaryReply", codes, locale), true);
				known.put(this.messages.getMessage("explain.retry.permanentReply", codes, locale), false);
			}
			List<String> own = known.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() == retryable && advice.contains(entry.getKey()))
				.map(Map.Entry::getKey)
				.toList();
			List<String> contrary = known.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() != retryable && advice.contains(entry.getKey()))
				.map(Map.Entry::getKey)
				.toList();
			assertThat(own).as("an advice for retryable=%s: %s -> %s", retryable, text, advice).isNotEmpty();
			assertThat(contrary).as("an advice for retryable=%s: %s -> %s", !retryable, text, advice).isEmpty();
		}
		assertThat(given).isGreaterThan(400);
	}

	private static List<String> corpus() {
		List<String> texts = new ArrayList<>();
		for (String path : List.of("corpora/sisimai-dev.tsv", "corpora/sisimai-provider-replies.tsv")) {
			Corpus.read(path).forEach((row) -> texts.add(row.get("diagnostic")));
		}
		for (String software : List.of("postfix", "exim", "opensmtpd")) {
			Corpus.read("replies/" + software + ".tsv")
				.forEach((row) -> texts.add(row.get("reply").replace("\\n", "\n")));
		}
		texts.addAll(List.of("550 4.1.1 User unknown", "550 4.2.2 Mailbox full", "450 5.1.1 User unknown",
				"451 5.3.0 Local error in processing", "432 5.7.12 A password transition is needed",
				"554 4.7.1 Client host rejected: try again later", "421 5.7.0 Too many errors, do not retry",
				"552 4.5.3 Too many recipients", "559 4.0.0 Unknown reply code", "459 5.0.0 Unknown reply code"));
		return texts;
	}

}
