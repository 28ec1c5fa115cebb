package org.smtpcodes.explain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smtpcodes.codes.TestCatalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reasons for phrasings that are not in the labelled corpora: the rules describe how
 * servers word things, so they must hold for wordings written here rather than for the
 * rows they were tuned on.
 */
class ExplainerTests {

	private final Explainer explainer = TestExplainer.explainer();

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					Ti informiamo che il gruppo che hai provato a contattare (soci-2026) potrebbe non esistere.          | rejected
					Informamos que o grupo que você tentou contatar (clube) talvez não exista.                            | rejected
					Сообщаем, что группа, с которой вы пытались связаться (club), возможно, не существует.                | rejected
					연락하려고 한 그룹(club)이 존재하지 않거나 게시 권한이 없을 수 있습니다.                                 | rejected
					您尝试联系的「club」群组可能不存在。                                                                    | rejected
					mailbox full - giving up after 5 days in the queue                                                   | mailboxfull
					connect to mx.example.net[192.0.2.7]:25: Connection timed out                                        | expired
					mx.example.net: host name lookup failure; deferred for 4 days                                        | networkerror
					552 5.7.0 Message rejected as spam by content filtering, SPF softfail noted                          | spamdetected
					421 4.7.0 Your IP 192.0.2.4 is not in our allowlist                                                   | blocked
					554 Address rejected                                                                                 | userunknown
					554 5.7.1 Sender address rejected: Access denied                                                     | rejected
					550 5.7.0 Your server 192.0.2.4 has no PTR records                                                   | requireptr
					451 4.3.0 Duplicate Message-ID header, please try again later                                        | systemerror
					""")
	void readsTheReasonFromHowServersWordIt(String reply, String reason) {
		assertThat(this.explainer.explain(reply, "en").reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{1} after {2}: {0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					SMTP error from remote mail server after end of data: 550 5.1.1 <bob@example.org>: user unknown        | userunknown | DATA
					host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: User unknown (in reply to RCPT TO command) | userunknown | RCPT
					host mx.example.org[192.0.2.1] said: 554 5.7.1 Message rejected as spam (in reply to end of DATA command) | spamdetected | DATA
					SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=2048: 553 sender rejected     | rejected    | MAIL
					SMTP error from remote mail server after initial connection: 554 5.7.1 Client host rejected        | blocked     | CONNECT
					host mx.example.org[192.0.2.1] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)       | rejected    | MAIL
					host mx.example.org[192.0.2.1] said: 550 5.7.1 Access denied (in reply to RCPT TO command)         | blocked     | RCPT
					host mx.example.org[192.0.2.1] said: 554 5.7.1 Client host rejected: Access denied (in reply to MAIL FROM command) | blocked | MAIL
					550 5.1.1 user unknown; the lookup ran after database maintenance                                   | userunknown |
					""")
	void readsTheCommandAfterWhichTheServerRefused(String reply, String reason, String command) {
		Explanation explanation = this.explainer.explain(reply, "en");
		assertThat(explanation.reason()).isEqualTo(reason);
		assertThat(explanation.command()).isEqualTo(command);
	}

	// the same words, in a bounce and in a log's deferral: a bounce that quotes them has
	// given up; a deferral is a message still queued, read by the other rules
	@ParameterizedTest(name = "{0}: {1}, deferred {2}")
	@CsvSource(delimiter = '|', textBlock = """
			connect to mx.example.net[192.0.2.7]:25: Connection timed out        | expired | networkerror
			retry time not reached for any host after a long failure period     | expired | undefined
			mailbox full - giving up after 5 days in the queue                  | mailboxfull | mailboxfull
			452 4.2.2 <bob@example.org>: Mailbox full, try again later          | mailboxfull | mailboxfull
			""")
	void readsADeferralOfAMessageStillQueuedAsNoExpiry(String text, String inABounce, String deferred) {
		assertThat(this.explainer.decide(Facts.of(text), "en").reason()).isEqualTo(inABounce);
		Facts queued = new Facts(text, null, null, null, Facts.DEFERRED, null, null, null, null, false);
		assertThat(this.explainer.decide(queued, "en").reason()).isEqualTo(deferred);
	}

	// a deferral has not bounced: its server kept the message, whatever the reply says
	@Test
	void readsADeferralAsASoftBounceAtMost() {
		String text = "450 4.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table";
		Decision bounce = this.explainer.decide(Facts.of(text), "en");
		Decision deferred = this.explainer
			.decide(new Facts(text, null, null, null, Facts.DEFERRED, null, null, null, null, false), "en");
		assertThat(bounce.reason()).isEqualTo(deferred.reason()).isEqualTo("userunknown");
		assertThat(bounce.bounce()).isEqualTo(Explanation.HARD);
		assertThat(deferred.bounce()).isEqualTo(Explanation.SOFT);
	}

	@ParameterizedTest(name = "Status {0} with \"{1}\" -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			5.0.0 | 550 5.1.1 <bob@example.org>: user unknown                                 | 5.1.1 |
			4.4.7 | 450 4.7.1 Client host rejected: cannot find your hostname                 | 4.7.1 | gave-up
			5.4.7 | 550 5.4.7 delivery time expired                                            | 5.4.7 |
			4.4.7 | 421 4.0.0 try again later                                                  | 4.4.7 |
			4.5.0 | 550 5.5.0 Service refused, please try later                                | 5.5.0 |
			5.1.1 | 550 5.1.1 <bob@example.org>: user unknown                                 | 5.1.1 |
			5.2.2 | 552 5.7.1 message refused                                                  | 5.2.2 |
			""")
	void takesTheStatusThatSaysWhy(String reported, String text, String status, String finding) {
		Facts facts = new Facts(text, reported, null, null, "failed", null, null, null, null, true);
		Decision decision = this.explainer.decide(facts, "en");
		assertThat(decision.status()).isEqualTo(status);
		assertThat(decision.findings()).extracting(Explanation.Finding::type)
			.satisfies((types) -> assertThat(types.contains("gave-up")).isEqualTo(finding != null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hello world", "Thanks, see you on Tuesday!", "Lorem ipsum dolor sit amet",
			"The message could not be delivered." })
	void answersNoReplyForATextThatHoldsNone(String text) {
		assertThatExceptionOfType(NoReply.class).isThrownBy(() -> this.explainer.explain(text, "en"))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode().value()).isEqualTo(422);
				assertThat(ex.getBody().getType()).hasToString("/problems/no-reply");
				assertThat(ex.getTitleMessageCode()).isEqualTo("problem.no-reply.title");
				assertThat(ex.getDetailMessageCode()).isEqualTo("problem.no-reply.detail");
			});
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			mailbox full                     | mailboxfull
			user unknown                     | userunknown
			""")
	void explainsWordsWithoutAnyCode(String text, String reason) {
		Explanation explanation = this.explainer.explain(text, "en");
		assertThat(explanation.replyCode()).isNull();
		assertThat(explanation.reason()).isEqualTo(reason);
	}

	@Test
	void readsTheFirstReplyAndNotTheMessageReturnedAfterIt() {
		String bounce = """
				This is the mail system at host mail.example.org.

				<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>:
				    Recipient address rejected: User unknown (in reply to RCPT TO command)

				------ This is a copy of the message, including all the headers. ------
				Subject: Cake

				You need:
				250 grams of flour
				3 eggs
				421 4.7.0 was the error code last time; the mailbox is full of recipes
				""";
		Explanation explanation = this.explainer.explain(bounce, "en");
		assertThat(explanation.replyCode().code()).isEqualTo("550");
		assertThat(explanation.enhancedCode().code()).isEqualTo("5.1.1");
		assertThat(explanation.reason()).isEqualTo("userunknown");
		assertThat(explanation.bounce()).isEqualTo(Explanation.HARD);
		assertThat(explanation.otherCodes()).isEmpty();
		assertThat(explanation.text()).contains("User unknown").doesNotContain("grams", "recipes");
		assertThat(explanation.command()).isEqualTo("RCPT");
		assertThat(explanation.retry().retryable()).isFalse();
	}

	// RFC 5321 section 4.2.1: a client acts on the reply code; RFC 2034 section 4
	// requires the enhanced code to have its class. Where they disagree, the reply code
	// decides the retry, the hard or soft bounce and the advice, and a finding says what
	// is wrong.
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			550 4.1.1 User unknown             | false | hard | The reply code 550 is permanent
			550 4.2.2 Mailbox full             | false | soft | The reply code 550 is permanent
			450 5.1.1 User unknown             | true  | soft | The reply code 450 is temporary
			451 5.3.0 Local error in processing | true | soft | The reply code 451 is temporary
			""")
	void theReplyCodeDecidesWhenTheEnhancedCodeHasAnotherClass(String reply, boolean retryable, String bounce,
			String advice) {
		Explanation explanation = this.explainer.explain(reply, "en");
		assertThat(explanation.retry().retryable()).isEqualTo(retryable);
		assertThat(explanation.bounce()).isEqualTo(bounce);
		assertThat(explanation.retry().advice()).startsWith(advice);
		assertThat(explanation.findings()).extracting(Explanation.Finding::type).contains("class-mismatch");
		// the advice of the enhanced code, written for the other verdict, is not given
		String enhancedAdvice = TestCatalogue.load().require(explanation.enhancedCode().code(), "en").retry().advice();
		assertThat(explanation.retry().advice()).doesNotContain(enhancedAdvice);
	}

}
