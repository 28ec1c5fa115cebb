package org.smtpcodes.maillog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The syslog prefixes taken off a line, in every form the recorded logs show and a few
 * more that RFC 5424 and Exim's log selectors allow.
 */
class LogLineTests {

	private static final String MESSAGE = "6808620E168: to=<anna@example.net>, relay=mx.example.net[127.0.0.20]:2600, "
			+ "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as R1A001)";

	@Test
	void readsTheBsdForm() {
		LogLine line = LogLine.of(7, "Dec  2 14:17:18 smtp1 postfix/smtp[5585]: " + MESSAGE);
		assertLine(line, "Dec  2 14:17:18", "smtp1", "postfix/smtp", MESSAGE);
		assertThat(line.number()).isEqualTo(7);
		assertThat(line.text()).endsWith(MESSAGE);
		// two-digit days, a tag without a process id, and a priority before it
		assertLine(LogLine.of(1, "Dec 12 14:17:18 smtp1 postfix/qmgr: x"), "Dec 12 14:17:18", "smtp1", "postfix/qmgr",
				"x");
		assertLine(LogLine.of(1, "<22>Dec  2 14:17:18 smtp1 postfix/smtp[5585]: x"), "Dec  2 14:17:18", "smtp1",
				"postfix/smtp", "x");
		// fractions of a second, as some syslog daemons write them
		assertLine(LogLine.of(1, "Dec  2 14:17:18.469 smtp1 sm-mta[21341]: x"), "Dec  2 14:17:18.469", "smtp1",
				"sm-mta", "x");
	}

	@Test
	void readsJournalctlsShortForms() {
		assertLine(LogLine.of(1, "Dec 02 14:17:18 smtp1 postfix/smtp[5585]: " + MESSAGE), "Dec 02 14:17:18", "smtp1",
				"postfix/smtp", MESSAGE);
		assertLine(LogLine.of(1, "2026-12-02T14:17:18+0000 smtp1 postfix/smtp[5585]: " + MESSAGE),
				"2026-12-02T14:17:18+0000", "smtp1", "postfix/smtp", MESSAGE);
	}

	@Test
	void readsRfc3339Times() {
		assertLine(LogLine.of(1, "2026-12-02T14:17:18.469039+00:00 smtp1 postfix/smtp[5585]: " + MESSAGE),
				"2026-12-02T14:17:18.469039+00:00", "smtp1", "postfix/smtp", MESSAGE);
		assertLine(LogLine.of(1, "2026-12-02T15:17:18.469+01:00 smtp3 smtpd[6833]: x"), "2026-12-02T15:17:18.469+01:00",
				"smtp3", "smtpd", "x");
		assertLine(LogLine.of(1, "2026-12-02T14:17:18Z smtp1 postfix/smtp[5585]: x"), "2026-12-02T14:17:18Z", "smtp1",
				"postfix/smtp", "x");
	}

	@Test
	void readsRfc5424() {
		assertLine(LogLine.of(1, "<22>1 2026-12-02T14:17:18.469039+00:00 smtp1 postfix/smtp 5585 - - " + MESSAGE),
				"2026-12-02T14:17:18.469039+00:00", "smtp1", "postfix/smtp", MESSAGE);
		// structured data, with a "]" escaped inside a value, and two elements
		assertLine(LogLine.of(1, "<22>1 2026-12-02T14:17:18Z smtp1 postfix/smtp 5585 - [id a=\"b\\]c\"] " + MESSAGE),
				"2026-12-02T14:17:18Z", "smtp1", "postfix/smtp", MESSAGE);
		assertLine(
				LogLine.of(1,
						"<22>1 2026-12-02T14:17:18Z smtp1 postfix/smtp 5585 ID47 [a x=\"1\"][b y=\"] [\"] " + MESSAGE),
				"2026-12-02T14:17:18Z", "smtp1", "postfix/smtp", MESSAGE);
		// a byte order mark before a UTF-8 message
		assertLine(LogLine.of(1, "<22>1 2026-12-02T14:17:18Z smtp1 postfix/smtp 5585 - - \uFEFF" + MESSAGE),
				"2026-12-02T14:17:18Z", "smtp1", "postfix/smtp", MESSAGE);
		// "-" for what is not known
		assertLine(LogLine.of(1, "<22>1 - - postfix/smtp - - - " + MESSAGE), null, null, "postfix/smtp", MESSAGE);
		assertLine(LogLine.of(1, "<13>1 - - - - - - x"), null, null, null, "x");
		// no message at all
		assertLine(LogLine.of(1, "<22>1 2026-12-02T14:17:18Z smtp1 postfix/smtp 5585 - -"), "2026-12-02T14:17:18Z",
				"smtp1", "postfix/smtp", "");
	}

	@Test
	void readsTheLinesOfEximsOwnLog() {
		String message = "1xYlBG-0001eB-2V => anna@example.net R=dnslookup T=remote_smtp H=mx.example.net [127.0.0.20]";
		assertLine(LogLine.of(1, "2026-12-02 14:19:34 " + message), "2026-12-02 14:19:34", null, LogLine.EXIM, message);
		// log_selector +millisec, and tod_log_zone
		assertLine(LogLine.of(1, "2026-12-02 14:19:34.123 " + message), "2026-12-02 14:19:34.123", null, LogLine.EXIM,
				message);
		assertLine(LogLine.of(1, "2026-12-02 15:19:34 +0100 " + message), "2026-12-02 15:19:34 +0100", null,
				LogLine.EXIM, message);
		assertLine(LogLine.of(1, "2026-12-02 09:19:34.123 -0500 " + message), "2026-12-02 09:19:34.123 -0500", null,
				LogLine.EXIM, message);
		// a message that starts with a number is not a zone
		assertLine(LogLine.of(1, "2026-12-02 14:19:34 +12345 x"), "2026-12-02 14:19:34", null, LogLine.EXIM,
				"+12345 x");
	}

	@Test
	void takesALineWithoutAPrefixAsItIs() {
		for (String text : new String[] { "550 5.1.1 <bob@example.org>: User unknown", "hello world", "", "2026-12-02",
				"Dec  2", "Dec  2 14:17", "Foo  2 14:17:18 smtp1 postfix/smtp[1]: x",
				"Dec 32 14:17:18x smtp1 postfix/smtp[1]: x", "<22>1 2026-12-02T14:17:18Z smtp1", "<999999>1 x",
				"2026-12-02T14:17" }) {
			LogLine line = LogLine.of(3, text);
			assertThat(line.program()).as(text).isNull();
			assertThat(line.message()).as(text).isEqualTo(text);
		}
	}

	@Test
	void readsWhatThereIsOfATruncatedPrefix() {
		// the time and no more
		LogLine time = LogLine.of(1, "Dec  2 14:17:18 smtp1");
		assertThat(time.time()).isEqualTo("Dec  2 14:17:18");
		assertThat(time.program()).isNull();
		// a host and no tag
		LogLine host = LogLine.of(1, "Dec  2 14:17:18 smtp1 postfix/smtp[5585]");
		assertThat(host.host()).isEqualTo("smtp1");
		assertThat(host.program()).isNull();
		assertThat(host.message()).isEqualTo("postfix/smtp[5585]");
		// a message with no tag: the message is what follows the host
		LogLine untagged = LogLine.of(1, "Dec  2 14:17:18 smtp1 last message repeated 3 times");
		assertThat(untagged.host()).isEqualTo("smtp1");
		assertThat(untagged.program()).isNull();
		assertThat(untagged.message()).isEqualTo("last message repeated 3 times");
		// RFC 5424 cut inside its header
		LogLine cut = LogLine.of(1, "<22>1 2026-12-02T14:17:18Z smtp1 postfix/smtp");
		assertThat(cut.program()).isNull();
		assertThat(cut.time()).isNull();
	}

	private static void assertLine(LogLine line, String time, String host, String program, String message) {
		assertThat(line.time()).as(line.text()).isEqualTo(time);
		assertThat(line.host()).as(line.text()).isEqualTo(host);
		assertThat(line.program()).as(line.text()).isEqualTo(program);
		assertThat(line.message()).as(line.text()).isEqualTo(message);
	}

}
