package org.smtpcodes.maillog;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What a reader keeps of a message is the message of one host: in the logs of several
 * hosts mixed into one, a queue id that two hosts both used joins each host's lines only.
 */
class ServerLogTests {

	@Test
	void keepsTheMessagesOfEachHostApartWhenTheirQueueIdsAreTheSame() {
		List<String> log = List.of(
				"Dec  2 14:17:18 smtp1 postfix/qmgr[5577]: 5B53520E162: from=<a@one.example>, size=505, nrcpt=1 (queue active)",
				"Dec  2 14:17:18 smtp2 postfix/qmgr[6001]: 5B53520E162: from=<b@two.example>, size=505, nrcpt=1 (queue active)",
				"Dec  2 14:17:19 smtp1 postfix/smtp[5585]: 5B53520E162: to=<x@example.net>, relay=none, delay=1, "
						+ "delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: "
						+ "Connection refused)",
				"Dec  2 14:17:19 smtp2 postfix/smtp[6005]: 5B53520E162: to=<y@example.net>, relay=none, delay=1, "
						+ "delays=0/0/1/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: "
						+ "Connection refused)",
				"Dec  7 14:17:20 smtp1 postfix/qmgr[5577]: 5B53520E162: from=<a@one.example>, status=expired, "
						+ "returned to sender");
		PostfixLog postfix = new PostfixLog(100);
		List<Attempt> attempts = new ArrayList<>();
		for (int i = 0; i < log.size(); i++) {
			postfix.read(LogLine.of(i + 1, log.get(i)), attempts::add);
		}
		assertThat(attempts).extracting(Attempt::sender, Attempt::recipient, Attempt::outcome)
			.containsExactly(tuple("a@one.example", "x@example.net", Outcome.DEFERRED),
					tuple("b@two.example", "y@example.net", Outcome.DEFERRED),
					tuple("a@one.example", "x@example.net", Outcome.EXPIRED));
	}

}
