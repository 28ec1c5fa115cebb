package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link Domino} and {@link Notes} read the bounces of Lotus Domino and of the Lotus
 * Notes SMTP MTA.
 */
class LotusTests {

	@Test
	void readsDominosTextWithoutAReport() throws IOException {
		Format.Reading reading = new Domino().read(read("lhost-domino-01.eml"));
		assertThat(reading.format()).isEqualTo("domino");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.jp");
		assertThat(delivery.diagnostic())
			.isEqualTo("User some.name (kijitora@example.jp) not listed in Domino Directory");
	}

	@Test
	void takesDominosReasonUnbrokenBesideItsReport() throws IOException {
		Delivery loop = new Domino().read(read("lhost-domino-03.eml")).deliveries().get(0);
		assertThat(loop.recipient()).isEqualTo("kijitora@neko.example.org");
		assertThat(loop.status()).isEqualTo("5.0.0");
		assertThat(loop.diagnosticType()).isEqualTo("x-notes");
		assertThat(loop.diagnostic()).isEqualTo(
				"Error transferring to neko22.example.org; Maximum hop count exceeded.  Message probably in a routing loop.");

		Delivery japanese = new Domino().read(read("lhost-domino-02.eml")).deliveries().get(0);
		assertThat(japanese.recipient()).isEqualTo("kijitora@example.co.jp");
		assertThat(japanese.diagnostic()).contains("Domino ディレクトリには見つかりません");
	}

	@Test
	void readsTheReasonBeforeTheAddressInNotes() throws IOException {
		Format.Reading reading = new Notes().read(read("lhost-notes-02.eml"));
		assertThat(reading.format()).isEqualTo("notes");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@u1.example.co.jp");
		assertThat(delivery.diagnostic()).isEqualTo("ディレクトリのリストにありません");
	}

	private static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
