package org.smtpcodes.bounces;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smtpcodes.bounces.GoogleFormatsTests.read;

/**
 * Report fields in the orders servers write them, and messages saved from mailbox files.
 */
class DeliveryStatusOrderTests {

	@Test
	void anOriginalRecipientAfterTheFinalRecipientIsTheSameRecipients() throws IOException {
		Format.Reading reading = new Rfc3464().read(read("lhost-yandex-02.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("mikeneko@example.jp", "sabineko@example.jp");
		assertThat(reading.deliveries()).extracting(Delivery::status).containsExactly("5.2.1", "5.2.2");
	}

	@Test
	void fieldsWrittenBeforeTheRecipientAreTheRecipients() throws IOException {
		Format.Reading reading = new Rfc3464().read(read("lhost-receivingses-01.eml"));
		assertThat(reading.reportingMta()).isEqualTo("inbound-smtp.us-west-2.amazonaws.com");
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("userunknown@neko.example.jp");
			assertThat(delivery.action()).isEqualTo("failed");
			assertThat(delivery.status()).isEqualTo("5.1.1");
			assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 Mailbox does not exist");
		});
	}

	@Test
	void recipientsWithoutBlankLinesBetweenThemStayApart() {
		DeliveryStatus status = DeliveryStatus.parse("""
				Reporting-MTA: dns; mx.example.org

				Original-Recipient: rfc822; a@example.org
				Final-Recipient: rfc822; a@example.org
				Action: failed
				Status: 5.1.1
				Original-Recipient: rfc822; b@example.org
				Final-Recipient: rfc822; b@example.org
				Action: failed
				Status: 5.2.2
				""");
		assertThat(status.perRecipient()).extracting((fields) -> fields.first("status"))
			.containsExactly("5.1.1", "5.2.2");
	}

	@Test
	void theMboxLineOfASavedMessageIsNotItsHeader() throws IOException {
		BounceMessage message = read("lhost-exchange2003-02.eml");
		assertThat(message.subject()).isEqualTo("Undeliverable: email bounce");
		assertThat(message.headers().first("x-mailer")).isEqualTo("Internet Mail Service (5.5.2657.72)");
	}

}
