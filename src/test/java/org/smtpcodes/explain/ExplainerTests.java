package org.smtpcodes.explain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reasons for phrasings that are not in the labelled corpora: the rules describe how servers word things, so
 * they must hold for wordings written here rather than for the rows they were tuned on.
 */
class ExplainerTests {

	private final Explainer explainer = TestExplainer.explainer();

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', textBlock = """
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
	@CsvSource(delimiter = '|', textBlock = """
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

}
