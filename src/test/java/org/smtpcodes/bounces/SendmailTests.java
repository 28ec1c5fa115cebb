package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link Sendmail} reads V8 Sendmail's reports with their transcripts, and Sendmail
 * 5's plain transcripts.
 */
class SendmailTests {

	private final Sendmail sendmail = new Sendmail();

	@Test
	void takesTheRefusedCommandAndTheHostFromTheTranscript() throws IOException {
		Format.Reading reading = this.sendmail.read(read("lhost-sendmail-08.eml"));
		assertThat(reading.format()).isEqualTo("sendmail");
		assertThat(reading.reportingMta()).isEqualTo("mx.example.com");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("neko@example.org");
		assertThat(delivery.status()).isEqualTo("4.4.7");
		assertThat(delivery.diagnostic()).isEqualTo("450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]");
		assertThat(delivery.command()).isEqualTo("MAIL");
		assertThat(delivery.remoteMta()).isEqualTo("mail.example.org");
	}

	@Test
	void keepsTheReportsRecipientsAndTheSessionsCommandForEach() throws IOException {
		Format.Reading reading = this.sendmail.read(read("lhost-sendmail-02.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("userunknown@example.org", "filtered@example.com");
		assertThat(reading.deliveries()).extracting(Delivery::status).containsExactly("5.1.1", "5.2.1");
		assertThat(reading.deliveries()).extracting(Delivery::command).containsExactly("DATA", "DATA");
	}

	@Test
	void takesTheLastAttemptsWordsWhenTheReportHasNoDiagnostic() throws IOException {
		Delivery timedOut = this.sendmail.read(read("lhost-sendmail-11.eml")).deliveries().get(0);
		assertThat(timedOut.diagnostic()).isEqualTo("Deferred: Name server: example.co.jp.: host name lookup failure");
		assertThat(timedOut.status()).isEqualTo("4.4.7");

		Delivery hostUnknown = this.sendmail.read(read("lhost-sendmail-15.eml")).deliveries().get(0);
		// the report names "@mx.example.org" only: the transcript names the address
		assertThat(hostUnknown.recipient()).isEqualTo("kijitora@example.org");
		assertThat(hostUnknown.diagnostic())
			.isEqualTo("550 5.1.2 Host unknown (Name server: smtp24.example.org: no data known)");
	}

	@Test
	void takesAReplyBeforeAnyCommandForARefusedConnection() throws IOException {
		Delivery delivery = this.sendmail.read(read("lhost-sendmail-29.eml")).deliveries().get(0);
		assertThat(delivery.action()).isEqualTo("delayed");
		assertThat(delivery.diagnostic()).isEqualTo("421");
		assertThat(delivery.command()).isEqualTo("CONNECT");
		assertThat(delivery.remoteMta()).isEqualTo("ymx1.softbank.ne.jp");
	}

	@Test
	void readsABounceForwardedWithEveryLineQuoted() throws IOException {
		BounceMessage message = read("lhost-sendmail-14.eml");
		assertThat(message.subject()).startsWith("Fwd: Returned mail:");
		Delivery delivery = this.sendmail.read(message).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.com");
		assertThat(delivery.status()).isEqualTo("5.1.1");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 <kijitora@example.com>... User unknown");
		assertThat(delivery.command()).isEqualTo("DATA");
	}

	@Test
	void readsEachRecipientOfASendmail5TranscriptWithItsSession() throws IOException {
		Format.Reading reading = this.sendmail.read(read("lhost-v5sendmail-05.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("kijitora@example.edu", "kuroneko@example.or.jp", "kijitora@example.org",
					"mikeneko@example.co.jp");
		Delivery refusedData = reading.deliveries().get(0);
		assertThat(refusedData.command()).isEqualTo("DATA");
		assertThat(refusedData.remoteMta()).isEqualTo("example.edu");
		assertThat(refusedData.diagnostic()).startsWith("550 Your E-Mail is redundant.");
		// a host that could not be found: the code in Sendmail's words says more than its
		// own 554
		assertThat(reading.deliveries().get(1).diagnostic())
			.isEqualTo("550 Host unknown (Authoritative answer from name server)");
		assertThat(reading.deliveries().get(1).command()).isNull();
		Delivery refusedRcpt = reading.deliveries().get(3);
		assertThat(refusedRcpt.command()).isEqualTo("RCPT");
		assertThat(refusedRcpt.remoteMta()).isEqualTo("mail.example.co.jp");
		assertThat(refusedRcpt.diagnostic()).isEqualTo("550 Requested User Mailbox not found. No such user here.");
	}

	@Test
	void leavesOtherMessagesWithATranscriptLineAlone() throws IOException {
		// Zoho's delay notice has a "Transcript of session follows" line but none of
		// Sendmail's subjects
		assertThat(this.sendmail.read(read("lhost-zoho-04.eml"))).isNull();
		assertThat(this.sendmail.read(read("lhost-postfix-02.eml"))).isNull();
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
