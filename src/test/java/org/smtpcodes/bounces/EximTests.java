package org.smtpcodes.bounces;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exim's bounces, and those of the services that keep its wording (Mail.ru, MXLogic): one
 * block per recipient after "The following address(es) failed:".
 */
class EximTests {

	private final Exim exim = new Exim();

	@Test
	void readsEachRecipientsBlockWithItsCommandServerAndReply() throws IOException {
		List<Delivery> deliveries = this.exim.read(PostfixTests.read("lhost-exim-02.eml")).deliveries();
		assertThat(deliveries).extracting(Delivery::recipient)
			.containsExactly("kijitora@example.jp", "sabatora@example.jp");
		assertThat(deliveries).extracting(Delivery::command).containsOnly("RCPT");
		assertThat(deliveries.get(1).remoteMta()).isEqualTo("mx.example.jp");
		assertThat(deliveries.get(1).diagnostic()).isEqualTo("550 5.2.1 <sabatora@example.jp>... User Unknown");
	}

	@Test
	void takesTheCommandThatEximFoldedOverSeveralLines() throws IOException {
		Delivery delivery = this.exim.read(PostfixTests.read("lhost-exim-05.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@neko.example.co.jp");
		assertThat(delivery.command()).isEqualTo("RCPT");
		assertThat(delivery.remoteMta()).isEqualTo("mx49.neko.example.co.jp");
		assertThat(delivery.diagnostic()).isEqualTo("553 5.1.1 unknown or illegal user: kijitora@neko.example.co.jp");
	}

	@Test
	void takesALocalPartsAddressFromXFailedRecipients() throws IOException {
		Delivery delivery = this.exim.read(PostfixTests.read("lhost-exim-04.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.ed.jp");
		assertThat(delivery.command()).isEqualTo("MAIL");
	}

	@Test
	void keepsEximsOwnWordsWhereNoServerReplied() throws IOException {
		Delivery delivery = this.exim.read(PostfixTests.read("lhost-mailru-06.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("nyan@haineko.org");
		assertThat(delivery.diagnostic()).isEqualTo("Unrouteable address");
		assertThat(delivery.command()).isNull();
	}

	@Test
	void namesTheAddressAPipeWasGeneratedByAndWhatThePipeWrote() throws IOException {
		Format.Reading reading = this.exim.read(PostfixTests.read("lhost-exim-44.eml"));
		assertThat(reading.reportingMta()).isEqualTo("neko.example.com");
		Delivery delivery = reading.deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.com");
		assertThat(delivery.status()).isEqualTo("5.0.0");
		assertThat(delivery.diagnostic()).startsWith("pipe to |/usr/local/nyaan/bin/neko")
			.endsWith("No such file or directory");
	}

	@Test
	void readsMxLogicsAddressAndReplyOnOneLine() throws IOException {
		Delivery delivery = this.exim.read(PostfixTests.read("lhost-mxlogic-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.jp");
		assertThat(delivery.diagnostic()).isEqualTo(
				"550 5.1.1 <kijitora@example.jp>: Recipient address rejected: User unknown in local recipient table");
	}

	@Test
	void readsTheRecipientsOfAConnectionRefusedAtTheGreeting() throws IOException {
		Delivery delivery = this.exim.read(PostfixTests.read("lhost-exim-32.eml")).deliveries().get(0);
		assertThat(delivery.command()).isEqualTo("CONNECT");
		assertThat(delivery.remoteMta()).isEqualTo("relay.example.net");
		assertThat(delivery.diagnostic()).startsWith("571 No PTR Record found.");
	}

}
