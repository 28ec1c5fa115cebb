package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Postfix's bounces: the RFC 3464 report read together with the notice's paragraph for
 * each recipient.
 */
class PostfixTests {

	private final Postfix postfix = new Postfix();

	@Test
	void takesTheCommandAndTheServerFromEachRecipientsParagraph() throws IOException {
		Format.Reading reading = this.postfix.read(read("lhost-postfix-13.eml"));
		assertThat(reading.format()).isEqualTo("postfix");
		assertThat(reading.reportingMta()).isEqualTo("2jo.example.jp");
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("kijitora@example.jp", "noraneko@example.jp");
		Delivery full = reading.deliveries().get(1);
		assertThat(full.status()).isEqualTo("5.2.2");
		assertThat(full.command()).isEqualTo("RCPT");
		assertThat(full.remoteMta()).isEqualTo("mx.example.jp");
		assertThat(full.diagnostic()).isEqualTo("550 5.2.2 <noraneko@example.jp>... Mailbox Full");
	}

	@Test
	void readsTheOriginalRecipientThatPostfixWritesAfterTheFinalOneAsTheSameRecipient() throws IOException {
		List<Delivery> deliveries = this.postfix.read(read("lhost-postfix-03.eml")).deliveries();
		assertThat(deliveries).hasSize(1);
		assertThat(deliveries.get(0).recipient()).isEqualTo("kijitora@example.net");
		// the paragraph folds "(in reply to end of DATA" and "command)" over two lines
		assertThat(deliveries.get(0).command()).isEqualTo("DATA");
		assertThat(deliveries.get(0).diagnostic()).isEqualTo("550 Unknown user kijitora@example.net");
	}

	@Test
	void readsTheParagraphsAloneWhenThereIsNoReport() throws IOException {
		List<Delivery> deliveries = this.postfix.read(read("lhost-postfix-07.eml")).deliveries();
		assertThat(deliveries).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("kijitora@user.example.or.jp");
			assertThat(delivery.action()).isEqualTo("failed");
			assertThat(delivery.remoteMta()).isEqualTo("mx.user.example.or.jp");
			assertThat(delivery.diagnostic()).isEqualTo("550 <kijitora@user.example.or.jp>: User unknown");
		});
	}

	@Test
	void takesTheCodeOfAGreetingThatRefusedToTalk() throws IOException {
		// a Postfix bounce forwarded as text, after a mailbox's "From " line
		Delivery delivery = this.postfix.read(read("lhost-postfix-49.eml")).deliveries().get(0);
		assertThat(delivery.status()).isEqualTo("4.0.0");
		assertThat(delivery.replyCode()).isEqualTo("421");
		assertThat(delivery.command()).isEqualTo("CONNECT");
		assertThat(delivery.remoteMta()).isEqualTo("mfsmax.example.com");
	}

	@Test
	void takesTheRecipientFromTheReturnedMessageWhenTheReportIsUnavailable() throws IOException {
		List<Delivery> deliveries = this.postfix.read(read("lhost-postfix-64.eml")).deliveries();
		assertThat(deliveries).extracting(Delivery::recipient).containsExactly("xxxx@wanadoo.fr");
		assertThat(deliveries.get(0).diagnostic()).isNull();
	}

	@Test
	void readsAMessageSavedInAMailboxPastItsFromLine() throws IOException {
		BounceMessage message = read("lhost-postfix-14.eml");
		assertThat(message.subject()).isEqualTo("Undelivered Mail Returned to Sender");
		assertThat(message.has(BounceMessage.Part.Kind.DELIVERY_STATUS)).isTrue();
		assertThat(this.postfix.read(message).deliveries()).singleElement()
			.satisfies((delivery) -> assertThat(delivery.status()).isEqualTo("5.1.1"));
	}

	@Test
	void leavesAnotherMtasBounceAlone() throws IOException {
		assertThat(this.postfix.read(read("lhost-exim-02.eml"))).isNull();
	}

	static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
