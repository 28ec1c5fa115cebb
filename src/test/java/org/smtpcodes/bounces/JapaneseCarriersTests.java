package org.smtpcodes.bounces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smtpcodes.bounces.GoogleFormatsTests.read;

/**
 * The bounces of Japanese carriers and providers: au's EZweb, KDDI's au one net, BIGLOBE.
 */
class JapaneseCarriersTests {

	@Test
	void ezwebReadsTheSessionUnderEachRecipient() throws IOException {
		Delivery delivery = new Ezweb().read(read("lhost-ezweb-04.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("this-local-part-does-not-exist-on-the-server@ezweb.ne.jp");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.diagnostic())
			.startsWith("550 <this-local-part-does-not-exist-on-the-server@ezweb.ne.jp>: " + "User unknown");
	}

	@Test
	void ezwebsJapaneseLinesAreLeftOutOfTheDiagnostic() throws IOException {
		Delivery delivery = new Ezweb().read(read("lhost-ezweb-08.eml")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("MAIL");
		assertThat(delivery.diagnostic())
			.startsWith("550 SC-004 (COL0-MC1-F1) Unfortunately, messages from 111.86.156.22 " + "weren't sent.")
			.doesNotContain("送信");
	}

	@Test
	void ezwebsFilterForUnwantedMailIsAFilter() throws IOException {
		Delivery delivery = new Ezweb().read(read("lhost-ezweb-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("this-message-rejected-by-the-domain-filter@ezweb.ne.jp");
		assertThat(delivery.reason()).isEqualTo("filtered");
	}

	@Test
	void kddiGivesItsSentenceForTheCause() throws IOException {
		Delivery delivery = new Kddi().read(read("lhost-kddi-03.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@00000000000000.dion.ne.jp");
		assertThat(delivery.diagnostic()).isEqualTo("As their mailbox is full.");
	}

	@Test
	void biglobeListsTheAddressesThenTheInformation() throws IOException {
		String message = """
				From: postmaster@biglobe.ne.jp
				Subject: Returned mail: Delivery failed
				Content-Type: text/plain; charset="iso-2022-jp"

				   ----- The following addresses had delivery problems -----
				kijitora@example.biglobe.ne.jp

				   ----- Non-delivered information -----
				The number of messages in recipient's mailbox exceeded the local limit.

				""";
		Format.Reading reading = new Biglobe()
			.read(MessageReader.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.US_ASCII))));
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("kijitora@example.biglobe.ne.jp");
			assertThat(delivery.diagnostic())
				.isEqualTo("The number of messages in recipient's mailbox exceeded the local limit.");
		});
	}

	@Test
	void theCarriersFormatsDoNotReadEachOthersMessages() throws IOException {
		assertThat(new Kddi().read(read("lhost-ezweb-04.eml"))).isNull();
		assertThat(new Ezweb().read(read("lhost-kddi-03.eml"))).isNull();
	}

}
