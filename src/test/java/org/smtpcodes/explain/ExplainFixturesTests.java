package org.smtpcodes.explain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reply recorded from real mail servers (src/test/resources/replies/, see HOW.md there) and every
 * provider reply of the corpus is read with the right codes, text and class.
 */
class ExplainFixturesTests {

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
			assertThat(explanation.replyCode().codeClass().code()).as(where).isEqualTo(row.get("reply_code").charAt(0) + "xx");
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
		assertThat(this.explainer.explain("550-5.7.26 Unauthenticated email is not accepted. - gsmtp", "en").provider().name())
			.isEqualTo("Gmail (Google)");
		assertThat(this.explainer.explain("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found", "en")
			.provider()
			.name()).startsWith("Microsoft");
		assertThat(this.explainer.explain("550 5.1.1 User unknown", "en").provider()).isNull();
	}

}
