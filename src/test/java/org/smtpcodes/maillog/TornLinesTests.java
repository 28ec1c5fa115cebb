package org.smtpcodes.maillog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers of each server take any line, however torn: every line of the recorded logs
 * cut at every length, and with random characters put in at random places, is read
 * without an exception. The readers find fields by position, so this is where an index
 * past a line's end would show.
 */
class TornLinesTests {

	private static final List<String> LOGS = List.of("logs/postfix.log", "logs/exim.log", "logs/opensmtpd.log",
			"logs/sendmail.log", "logs/forms/postfix.rfc5424.log", "logs/forms/postfix.journal-short-iso.log");

	// characters that the readers look for
	private static final String MEANINGFUL = " :,<>[]()\"=@.-\\n0123456789";

	@Test
	void everyLineCutAtEveryLengthIsReadWithoutAnException() throws IOException {
		long lines = 0;
		long attempts = 0;
		for (String log : LOGS) {
			for (String line : lines(log)) {
				for (int length = 0; length <= line.length(); length++) {
					attempts += read(line.substring(0, length));
					lines++;
				}
			}
		}
		System.out.printf("torn lines: %,d read, %,d attempts found%n", lines, attempts);
		assertThat(lines).isGreaterThan(100_000);
		assertThat(attempts).isPositive();
	}

	@Test
	void everyLineWithRandomCharactersPutInIsReadWithoutAnException() throws IOException {
		Random random = new Random(17);
		long lines = 0;
		for (String log : LOGS) {
			for (String line : lines(log)) {
				for (int i = 0; i < 20; i++) {
					StringBuilder mutated = new StringBuilder(line);
					int changes = 1 + random.nextInt(4);
					for (int c = 0; c < changes && mutated.length() > 0; c++) {
						int at = random.nextInt(mutated.length());
						char character = MEANINGFUL.charAt(random.nextInt(MEANINGFUL.length()));
						switch (random.nextInt(3)) {
							case 0 -> mutated.setCharAt(at, character);
							case 1 -> mutated.insert(at, character);
							default -> mutated.deleteCharAt(at);
						}
					}
					read(mutated.toString());
					lines++;
				}
			}
		}
		assertThat(lines).isGreaterThan(20_000);
	}

	// every reader reads the line, whatever its program: a torn prefix can make a line of
	// one server look like another's
	private static int read(String text) {
		List<Attempt> attempts = new ArrayList<>();
		LogLine line = LogLine.of(1, text);
		LogLine asProgram = new LogLine(1, text, line.time(), line.host(), "any", line.message());
		for (ServerLog server : List.of(new PostfixLog(10), new EximLog(10), new SendmailLog(10), new OpenSmtpdLog(),
				new ReplyLines())) {
			server.read(asProgram, attempts::add);
		}
		for (Attempt attempt : attempts) {
			Masking.reply((attempt.said() != null) ? attempt.said() : "");
			Masking.addresses(attempt.recipient());
			attempt.recipientDomain();
			attempt.senderDomain();
		}
		return attempts.size();
	}

	private static List<String> lines(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

}
