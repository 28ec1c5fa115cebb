package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link DragonFly} reads the bounces of the DragonFly Mail Agent.
 */
class DragonFlyTests {

	private final DragonFly dragonFly = new DragonFly();

	@Test
	void takesTheHostAndTheCommandFromTheLineBeforeTheReply() throws IOException {
		Format.Reading reading = this.dragonFly.read(read("lhost-dragonfly-07.eml"));
		assertThat(reading.format()).isEqualTo("dragonfly");
		assertThat(reading.reportingMta()).isEqualTo("df.example.jp");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("contenterror@libsisimai.net");
		assertThat(delivery.remoteMta()).isEqualTo("mail-inbound.libsisimai.net");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.diagnostic())
			.startsWith("550 5.6.0 <contenterror@libsisimai.net>: Recipient address rejected: Media error.");
	}

	@Test
	void joinsEveryLineOfAMultiLineReplyAfterTheFinalData() throws IOException {
		Delivery delivery = this.dragonFly.read(read("lhost-dragonfly-01.eml")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("DATA");
		assertThat(delivery.remoteMta()).isEqualTo("gmail-smtp-in.l.google.com");
		assertThat(delivery.diagnostic()).startsWith("550-5.7.26 Unauthenticated email from example.jp")
			.contains("550-5.7.26 DMARC policy.")
			.endsWith("- gsmtp");
	}

	@Test
	void readsItsOwnSentenceWhenNoServerAnswered() throws IOException {
		// the file starts with a mailbox's "From " line, which is no header field
		BounceMessage message = read("lhost-dragonfly-29.eml");
		assertThat(message.subject()).isEqualTo("Mail delivery failed");
		Delivery delivery = this.dragonFly.read(message).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("expired@libsisimai.net");
		assertThat(delivery.diagnostic()).isEqualTo("Could not deliver for the last 432000 seconds. Giving up.");
		assertThat(delivery.command()).isNull();
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
