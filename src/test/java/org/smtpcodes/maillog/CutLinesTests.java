package org.smtpcodes.maillog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every line of the recorded logs cut at every one of its characters, as a body cut short
 * or a line over the length limit leaves it, is read without failing: by the prefix
 * reader, the readers of the four servers and the reply lines, and the masking of what
 * they find.
 */
class CutLinesTests {

	@Test
	void readsEveryLineCutAtEveryCharacter() {
		List<String> failures = new ArrayList<>();
		long attempts = 0;
		for (String file : new String[] { "postfix.log", "exim.log", "opensmtpd.log", "sendmail.log",
				"forms/postfix.rfc5424.log", "forms/postfix.rfc3339.log" }) {
			List<ServerLog> servers = List.of(new PostfixLog(100), new EximLog(100), new SendmailLog(100),
					new OpenSmtpdLog());
			ReplyLines replies = new ReplyLines();
			long[] read = new long[1];
			for (String line : new String(MailLogApiTests.log(file), StandardCharsets.UTF_8).lines().toList()) {
				for (int cut = 0; cut <= line.length(); cut++) {
					String text = line.substring(0, cut);
					try {
						read(LogLine.of(1, text), servers, replies, read);
					}
					catch (RuntimeException ex) {
						failures.add(ex + " | " + text);
					}
				}
			}
			attempts += read[0];
		}
		assertThat(failures).isEmpty();
		assertThat(attempts).isGreaterThan(10_000);
	}

	// as MailLogs reads a line: the first server that writes its program, else a reply
	private static void read(LogLine line, List<ServerLog> servers, ReplyLines replies, long[] read) {
		ServerLog server = null;
		for (ServerLog candidate : servers) {
			if (line.program() != null && candidate.writes(line.program())) {
				server = candidate;
				break;
			}
		}
		if (server == null && replies.reads(line)) {
			server = replies;
		}
		if (server != null) {
			server.read(line, (attempt) -> {
				read[0]++;
				if (attempt.said() != null) {
					Masking.reply(attempt.said());
				}
				Masking.addresses(attempt.line().text());
				attempt.compact();
				attempt.recipientDomain();
				attempt.senderDomain();
			});
		}
	}

}
