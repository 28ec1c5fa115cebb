package org.smtpcodes.bounces;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smtpcodes.bounces.GoogleFormatsTests.read;

/**
 * Microsoft Exchange's non-delivery reports: those of Exchange 2003 and before in its own
 * words, and those of Exchange 2007 and later read from their text when their report has
 * no fields.
 */
class ExchangeFormatsTests {

	@Test
	void exchange2003ReadsEachRecipientWithExchangesDiagnosticLine() throws IOException {
		Format.Reading reading = new Exchange2003().read(read("lhost-exchange2003-02.eml"));
		assertThat(reading.deliveries()).extracting(Delivery::recipient)
			.containsExactly("kijitora@example.co.jp", "mikeneko@example.co.jp");
		assertThat(reading.deliveries()).allSatisfy((delivery) -> assertThat(delivery.diagnostic())
			.isEqualTo("The recipient name is not recognized MSEXCH:IMS:KIJITORA CAT:EXAMPLE:EXCHANGE 0 (000C05A6) "
					+ "Unknown Recipient"));
	}

	@Test
	void exchange2003ReadsTheInternetMailConnectorsLayout() throws IOException {
		Delivery delivery = new Exchange2003().read(read("lhost-exchange2003-04.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.com");
		assertThat(delivery.diagnostic()).isEqualTo("Recipient Not Found MSEXCH:IMC:NEKO:KIJITORA:CAT");
	}

	@Test
	void exchange2007LeavesAReportWithFieldsToRfc3464() throws IOException {
		assertThat(new Exchange2007().read(read("lhost-exchange2007-07.eml"))).isNull();
	}

	@Test
	void exchange2007ReadsTheSectionForAdministratorsInTheServersLanguage() throws IOException {
		BounceMessage french = withoutReport(read("lhost-exchange2007-06.eml"));
		Format.Reading reading = new Exchange2007().read(french);
		assertThat(reading.reportingMta()).isEqualTo("SRV124.ville-saumur.fr");
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("transports@agglo-saumur.fr");
			assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
		});
	}

	@Test
	void exchange2007TakesTheLatestOfTheAttemptsItLists() throws IOException {
		Delivery delivery = new Exchange2007().read(withoutReport(read("lhost-exchange2007-05.eml")))
			.deliveries()
			.get(0);
		assertThat(delivery.recipient()).isEqualTo("gwang1@student.mlcsyd.nsw.edu.au");
		assertThat(delivery.diagnostic()).isEqualTo("550 4.4.7 QUEUE.Expired; message expired");
		assertThat(delivery.remoteMta()).isEqualTo("student.mlcsyd.nsw.edu.au");
	}

	@Test
	void exchange2007ReadsTheHashedReplyOfOlderServers() throws IOException {
		Delivery delivery = new Exchange2007().read(withoutReport(read("lhost-exchange2007-03.eml")))
			.deliveries()
			.get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@neko.example.com");
		assertThat(delivery.diagnostic())
			.isEqualTo("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient");
	}

	// the same report as a server that writes no delivery status part would send it
	private static BounceMessage withoutReport(BounceMessage message) {
		return new BounceMessage(message.headers(),
				message.parts()
					.stream()
					.filter((part) -> part.kind() != BounceMessage.Part.Kind.DELIVERY_STATUS)
					.toList(),
				message.original(), message.problems());
	}

}
