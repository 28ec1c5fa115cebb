package org.smtpcodes.bounces;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenSMTPD's bounces: a line "address: reply" per recipient, and the report of newer
 * versions.
 */
class OpenSmtpdTests {

	private final OpenSmtpd openSmtpd = new OpenSmtpd();

	@Test
	void readsALinePerRecipient() throws IOException {
		List<Delivery> deliveries = this.openSmtpd.read(PostfixTests.read("lhost-opensmtpd-02.eml")).deliveries();
		assertThat(deliveries).extracting(Delivery::recipient)
			.containsExactly("mailboxfull@example.jp", "userunknown@example.jp");
		assertThat(deliveries).extracting(Delivery::diagnostic)
			.containsExactly("550 5.2.2 <mailboxfull@example.jp>... Mailbox Full",
					"550 5.1.1 <userunknown@example.jp>... User Unknown");
	}

	@Test
	void takesTheActionAndStatusOfItsReport() throws IOException {
		Format.Reading reading = this.openSmtpd.read(PostfixTests.read("lhost-opensmtpd-06.eml"));
		assertThat(reading.reportingMta()).isEqualTo("localhost");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.action()).isEqualTo("delayed");
		assertThat(delivery.status()).isEqualTo("4.4.7");
		assertThat(delivery.diagnostic()).isEqualTo("Envelope expired");
	}

	@Test
	void reportsAWarningsRecipientsAsDelayed() throws IOException {
		Delivery delivery = this.openSmtpd.read(PostfixTests.read("lhost-opensmtpd-04.eml")).deliveries().get(0);
		assertThat(delivery.action()).isEqualTo("delayed");
		assertThat(delivery.diagnostic()).isEqualTo("Network error on destination MXs");
	}

}
