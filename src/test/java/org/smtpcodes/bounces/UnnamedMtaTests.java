package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the formats of MTAs nobody has named ({@link X1}, {@link X2}, {@link X3},
 * {@link X4}, {@link X6}) read their bounces, and how a bounce forwarded as an attachment
 * (Sisimai's X5) is read through its report.
 */
class UnnamedMtaTests {

	@Test
	void readsX1sErrorInBracketsAfterTheAddress() throws IOException {
		Delivery delivery = new X1().read(read("lhost-x1-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.co.jp");
		assertThat(delivery.diagnostic()).isEqualTo("User unknown");
	}

	@Test
	void readsX2sBlockOfEachAddress() throws IOException {
		Format.Reading reading = new X2().read(read("lhost-x2-02.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("kijitora@example.com", "mikeneko@example.com", "sabineko@example.com");
		assertThat(reading.deliveries().get(1).diagnostic()).isEqualTo(
				"Sorry your message to mikeneko@example.com cannot be delivered. This account has been disabled or discontinued [#102].");

		Delivery queued = new X2().read(read("lhost-x2-05.eml")).deliveries().get(0);
		assertThat(queued.diagnostic())
			.startsWith("Resources temporarily unavailable, please try again later [#4.1.9].")
			.endsWith("this message has been in the queue too long.");
	}

	@Test
	void takesX3sCommandAndHostFromItsTechnicalDetails() throws IOException {
		Delivery refused = new X3().read(read("lhost-x3-03.eml")).deliveries().get(0);
		assertThat(refused.recipient()).isEqualTo("kijitora@example.co.jp");
		assertThat(refused.command()).isEqualTo("RCPT");
		assertThat(refused.remoteMta()).isEqualTo("192.0.2.233");
		assertThat(refused.diagnostic()).isEqualTo("553 5.3.0 <kijitora@example.co.jp>... No such user here");

		// a delivery given up after hours: the heading says so before the detail
		Delivery aborted = new X3().read(read("lhost-x3-02.eml")).deliveries().get(0);
		assertThat(aborted.diagnostic())
			.startsWith("Delevery to the following recipients was aborted after 5.0 hour(s).")
			.endsWith("Routing: Could not find a gateway for kijitora@example.co.jp");
	}

	@Test
	void readsX4sQmailBlockUnderItsOwnOpening() throws IOException {
		Delivery delivery = new X4().read(read("lhost-x4-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.com");
		assertThat(delivery.diagnostic()).endsWith("could not be delivered because the user's mailfolder is full.");
	}

	@Test
	void readsTheReportOfABounceForwardedAsAnAttachment() throws IOException {
		BounceMessage message = read("lhost-x5-01.eml");
		assertThat(new Sendmail().read(message)).isNull();
		Format.Reading reading = new Rfc3464().read(message);
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@neko.example.org");
		assertThat(delivery.status()).isEqualTo("5.1.1");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 User unknown");
	}

	@Test
	void readsX6sSentenceWithTheReplyInBrackets() throws IOException {
		Delivery delivery = new X6().read(read("lhost-x6-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@libsisimai.org");
		assertThat(delivery.remoteMta()).isEqualTo("smtpd.libsisimai.org");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 User unknown");
	}

	@Test
	void keepsTheReportOfTheBounceItselfBeforeOneItReturns() throws IOException {
		// a bounce with a report of its own is about its own recipients, whatever the
		// message it returns holds
		BounceMessage message = read("lhost-sendmail-01.eml");
		assertThat(new Rfc3464().read(message).deliveries()).extracting(Delivery::recipient)
			.containsExactly("userunknown@bouncehammer.jp");
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
