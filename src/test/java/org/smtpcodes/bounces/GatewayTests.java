package org.smtpcodes.bounces;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounces of mail gateways and list managers that write their own: m-FILTER,
 * MailMarshal SMTP, MailFoundry, InterScan MSS, fml.
 */
class GatewayTests {

	@Test
	void readsMFiltersServerMessageAndCommandSections() throws IOException {
		Delivery delivery = new MFilter().read(PostfixTests.read("lhost-mfilter-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.com");
		assertThat(delivery.diagnostic()).isEqualTo("550 unknown user <kijitora@example.com>");
		assertThat(delivery.command()).isEqualTo("DATA");
	}

	@Test
	void readsMailMarshalsReasonAndAffectedRecipients() throws IOException {
		Delivery delivery = new MailMarshal().read(PostfixTests.read("lhost-mailmarshalsmtp-02.eml"))
			.deliveries()
			.get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@nyaan.example.com");
		assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 User unknown");
		assertThat(delivery.remoteMta()).isEqualTo("203.0.113.2");
	}

	@Test
	void readsTheServerThatFailedMailFoundrysDelivery() throws IOException {
		Delivery delivery = new MailFoundry().read(PostfixTests.read("lhost-mailfoundry-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@example.org");
		assertThat(delivery.remoteMta()).isEqualTo("mx22.example.org");
		assertThat(delivery.diagnostic()).isEqualTo("550 <kijitora@example.org> No such user here");
	}

	@Test
	void readsInterScansOwnSentence() throws IOException {
		Delivery delivery = new InterScan().read(PostfixTests.read("lhost-interscanmss-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@neko.example.jp");
		assertThat(delivery.diagnostic()).startsWith("Unable to deliver message to <kijitora@neko.example.jp>");
	}

	@Test
	void takesAListRefusingANonMembersPostAsRejectedByTheList() throws IOException {
		Delivery delivery = new Fml().read(PostfixTests.read("lhost-fml-02.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("neko-nyaan@example.org");
		assertThat(delivery.reason()).isEqualTo("rejected");
	}

	@Test
	void leavesTheReasonOfOtherListNoticesToTheEngine() throws IOException {
		Delivery delivery = new Fml().read(PostfixTests.read("lhost-fml-03.eml")).deliveries().get(0);
		assertThat(delivery.diagnostic()).isEqualTo("Duplicated Message-ID in <neko@example.co.jp>.");
		assertThat(delivery.reason()).isNull();
	}

}
