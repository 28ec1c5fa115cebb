package org.smtpcodes.bounces;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * qmail's bounces: a paragraph per recipient, qmail-remote's sentences naming the step,
 * the remote reply after "Remote host said:", qmail's own status in "(#5.1.1)".
 */
class QmailTests {

	private final Qmail qmail = new Qmail();

	@Test
	void readsEachParagraphsReplyAndTheStepItAnswered() throws IOException {
		List<Delivery> deliveries = this.qmail.read(PostfixTests.read("lhost-qmail-17.eml")).deliveries();
		assertThat(deliveries).extracting(Delivery::recipient)
			.containsExactly("userunknown@libsisimai.net", "mailboxfull@libsisimai.net");
		assertThat(deliveries).extracting(Delivery::command).containsOnly("RCPT");
		assertThat(deliveries.get(1).remoteMta()).isEqualTo("192.0.2.25");
		assertThat(deliveries.get(1).diagnostic())
			.startsWith("552 5.2.2 <mailboxfull@libsisimai.net>: Recipient address");
	}

	@Test
	void joinsTheLinesOfAMultilineReply() throws IOException {
		Delivery delivery = this.qmail.read(PostfixTests.read("lhost-qmail-14.eml")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("DATA");
		assertThat(delivery.diagnostic()).startsWith("550-5.7.26 Unauthenticated email").endsWith("- gsmtp");
	}

	@Test
	void takesTheReplyAndTheStepFromNoConnectionGotFarEnough() throws IOException {
		Delivery delivery = this.qmail.read(PostfixTests.read("lhost-qmail-01.eml")).deliveries().get(0);
		assertThat(delivery.status()).isEqualTo("5.5.0");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.remoteMta()).isEqualTo("192.0.2.32");
		assertThat(delivery.diagnostic()).isEqualTo("550 Unknown user kijitora@example.ne.jp");
	}

	@Test
	void keepsQmailsOwnWordsAndStatus() throws IOException {
		Delivery delivery = this.qmail.read(PostfixTests.read("lhost-qmail-21.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("libgsasl7-dev@email.example.jp");
		assertThat(delivery.status()).isEqualTo("5.1.1");
		assertThat(delivery.diagnostic()).isEqualTo("Sorry, no mailbox here by that name.");
	}

	@Test
	void findsTheSenderRejectedWhenConnected() throws IOException {
		Delivery delivery = this.qmail.read(PostfixTests.read("lhost-qmail-19.eml")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("MAIL");
		assertThat(delivery.remoteMta()).isEqualTo("98.136.96.74");
		assertThat(delivery.diagnostic()).startsWith("421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred");
	}

}
