package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link MessagingServer} reads the bounces of Oracle (Sun) Messaging Server.
 */
class MessagingServerTests {

	private final MessagingServer messagingServer = new MessagingServer();

	@Test
	void takesTheRefusedCommandFromTheServersReason() throws IOException {
		Delivery rcpt = this.messagingServer.read(read("lhost-messagingserver-01.eml")).deliveries().get(0);
		assertThat(rcpt.recipient()).isEqualTo("kijitora@example.jp");
		assertThat(rcpt.status()).isEqualTo("5.1.1");
		assertThat(rcpt.diagnostic()).isEqualTo("550 5.1.1 <kijitora@example.jp>... User Unknown");
		assertThat(rcpt.command()).isEqualTo("RCPT");
		assertThat(rcpt.remoteMta()).isEqualTo("mx.example.jp");

		Delivery mail = this.messagingServer.read(read("lhost-messagingserver-11.eml")).deliveries().get(0);
		assertThat(mail.command()).isEqualTo("MAIL");
		assertThat(mail.status()).isEqualTo("5.1.8");
	}

	@Test
	void namesARoutedRecipientByItsOriginalAddress() throws IOException {
		Delivery delivery = this.messagingServer.read(read("lhost-messagingserver-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.net");
		assertThat(delivery.status()).isEqualTo("5.2.0");
		assertThat(delivery.diagnostic()).isEqualTo("522 5.2.0 Delivery failed: Over quota");
	}

	@Test
	void takesTheReasonForTheDiagnosticWhenNoServerReplied() throws IOException {
		Delivery full = this.messagingServer.read(read("lhost-messagingserver-12.eml")).deliveries().get(0);
		assertThat(full.status()).isEqualTo("4.2.2");
		assertThat(full.diagnostic()).isEqualTo("Over quota");

		Delivery delayed = this.messagingServer.read(read("lhost-messagingserver-07.eml")).deliveries().get(0);
		assertThat(delayed.action()).isEqualTo("delayed");
		assertThat(delayed.status()).isEqualTo("4.4.7");
		assertThat(delayed.diagnostic()).isEqualTo("unable to deliver this message after 1 day");
	}

	@Test
	void readsReportFieldsThatTheServerWroteIntoTheText() throws IOException {
		// its groups open with Action and Status, before the recipient's address
		Format.Reading reading = this.messagingServer.read(read("lhost-messagingserver-03.eml"));
		assertThat(reading.reportingMta()).isEqualTo("mailbox0.d5.example.org");
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("sabineko@example.org", "mikeneko@example.org");
		assertThat(reading.deliveries()).extracting(Delivery::action).containsExactly("failed", "failed");
		assertThat(reading.deliveries()).extracting(Delivery::diagnostic)
			.containsExactly("550 5.7.1 550 User Unknown: sabineko@example.org",
					"550 5.7.1 550 User Unknown: mikeneko@example.org");
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
