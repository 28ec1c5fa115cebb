package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link IMailServer} reads the bounces of IMail Server.
 */
class IMailServerTests {

	private final IMailServer iMailServer = new IMailServer();

	@Test
	void takesImailsOwnSentenceBeforeTheAddress() throws IOException {
		Delivery full = this.iMailServer.read(read("lhost-imailserver-02.eml")).deliveries().get(0);
		assertThat(full.recipient()).isEqualTo("kijitora@example.co.jp");
		assertThat(full.diagnostic()).isEqualTo("User mailbox exceeds allowed size");

		// saved from a mailbox: its "From " line is skipped, and the header read
		Delivery unknown = this.iMailServer.read(read("lhost-imailserver-03.eml")).deliveries().get(0);
		assertThat(unknown.recipient()).isEqualTo("kijitora@neko.example.co.jp");
		assertThat(unknown.diagnostic()).isEqualTo("Invalid final delivery userid");
	}

	@Test
	void takesTheRemoteServersResponseForAnUndeliverableAddress() throws IOException {
		Format.Reading reading = this.iMailServer.read(read("lhost-imailserver-06.eml"));
		assertThat(reading.deliveries()).hasSize(1);
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.jp");
		assertThat(delivery.diagnostic()).startsWith("550-REJECTED - Blacklisted URL in message.")
			.endsWith("550 DEALS UPDATE - 04/29/08 (Special Update - Family Sale)");
	}

	@Test
	void leavesOtherUndeliverableMailAlone() throws IOException {
		// MailMarshal's subject begins alike: "Undeliverable Mail: "Nyaan""
		assertThat(this.iMailServer.read(read("lhost-mailmarshalsmtp-02.eml"))).isNull();
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
