package org.smtpcodes.bounces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smtpcodes.bounces.GoogleFormatsTests.read;

/**
 * The bounces of providers that write them in their own words: Yahoo, Zoho, GMX and 1&1,
 * Verizon.
 */
class ProviderFormatsTests {

	@Test
	void yahooTakesTheRemoteReplyAndTheStepInBrackets() throws IOException {
		Delivery delivery = new Yahoo().read(read("lhost-yahoo-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.org");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 <kijitora@example.org>... User Unknown");
		assertThat(delivery.command()).isEqualTo("RCPT");
	}

	@Test
	void yahooReadsARemoteReplyOnLinesOfItsOwn() throws IOException {
		Delivery delivery = new Yahoo().read(read("lhost-yahoo-05.eml")).deliveries().get(0);
		assertThat(delivery.diagnostic()).isEqualTo("550 5.2.1 <kijitora@example.co.jp>... User Unknown");
		assertThat(delivery.command()).isEqualTo("RCPT");
	}

	@Test
	void zohoGivesTheReplyWithoutItsOwnLabelAndTheReplyCodeOfItsField() throws IOException {
		Format.Reading reading = new Zoho().read(read("lhost-zoho-02.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("mikeneko@example.co.jp", "sabineko@example.co.jp");
		Delivery full = reading.deliveries().get(1);
		assertThat(full.replyCode()).isEqualTo("550");
		assertThat(full.diagnostic()).isEqualTo("5.2.2 <sabineko@example.co.jp>... Mailbox Full");
	}

	@Test
	void zohosWarningIsADelay() throws IOException {
		Delivery delivery = new Zoho().read(read("lhost-zoho-04.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@6kaku.example.co.jp");
		assertThat(delivery.action()).isEqualTo("delayed");
		assertThat(delivery.replyCode()).isEqualTo("421");
		assertThat(delivery.diagnostic()).isEqualTo("Host not reachable.");
	}

	@Test
	void gmxNamesTheCommandAndTheHostThatRefused() throws IOException {
		Delivery delivery = new Gmx().read(read("lhost-gmx-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("shironeko@example.jp");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.remoteMta()).isEqualTo("mx.example.jp");
		assertThat(delivery.diagnostic()).isEqualTo("5.2.2 <shironeko@example.jp>... Mailbox Full");
	}

	@Test
	void gmxAndOneAndOneGiveTheirOwnReason() throws IOException {
		assertThat(new Gmx().read(read("lhost-gmx-04.eml")).deliveries().get(0).diagnostic())
			.isEqualTo("delivery retry timeout exceeded");
		Delivery delivery = new Gmx().read(read("lhost-einsundeins-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.org");
		assertThat(delivery.diagnostic()).startsWith("Mail size limit exceeded.");
	}

	@Test
	void oneAndOneWritesTheCommandTheHostAndTheReplyOnOneLine() throws IOException {
		Delivery delivery = new Gmx()
			.read(message(
					"""
							From: "Mail Delivery System" <mailer-daemon@kundenserver.example.de>
							Subject: Mail delivery failed: returning message to sender

							This message was created automatically by mail delivery software.

							A message that you sent could not be delivered to one or more of
							its recipients. This is a permanent error. The following address failed:

							    neko@example.fr:
							    SMTP error from remote server for TEXT command, host: smtp-in.example.fr (192.0.2.65) reason: 550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]

							--- The header of the original message is following. ---

							Subject: Nyaan
							"""))
			.deliveries()
			.get(0);
		assertThat(delivery.recipient()).isEqualTo("neko@example.fr");
		assertThat(delivery.command()).isEqualTo("DATA");
		assertThat(delivery.remoteMta()).isEqualTo("smtp-in.example.fr");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]");
	}

	@Test
	void yahooKeepsTheReplyAfterQmailsWords() throws IOException {
		Delivery delivery = new Yahoo().read(message("""
				From: MAILER-DAEMON@yahoo.com
				Subject: Failure Notice

				Sorry, we were unable to deliver your message to the following address.

				<bob@example.org>:
				192.0.2.153 does not like recipient.
				Remote host said: 550 Requested action not taken: mailbox unavailable
				Giving up on 192.0.2.153.

				--- Below this line is a copy of the message.
				""")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.diagnostic()).isEqualTo("550 Requested action not taken: mailbox unavailable");
		assertThat(delivery.remoteMta()).isEqualTo("192.0.2.153");
	}

	@Test
	void verizonTakesTheRecipientFromTheEnvelopeInItsDetails() throws IOException {
		Delivery delivery = new Verizon().read(read("lhost-verizon-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("may-be-straycat-nyaaaaaan@vtext.com");
		assertThat(delivery.diagnostic()).isEqualTo("550 - Requested action not taken: no such user here");
	}

	private static BounceMessage message(String text) throws IOException {
		return MessageReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

}
