package org.smtpcodes.maillog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What masking keeps and what it hides: replies keep their codes and words and lose what
 * differs from one recipient to the next; {@code ?mask=addresses} hides local parts only.
 */
class MaskingTests {

	@Test
	void keepsTheCodesAndWordsOfAReplyAndMasksItsAddress() {
		assertThat(Masking
			.reply("550 5.1.1 <anna@example.net>: Recipient address rejected: User unknown in virtual mailbox table"))
			.isEqualTo("550 5.1.1 <{address}>: Recipient address rejected: User unknown in virtual mailbox table");
		assertThat(Masking.reply("452 4.2.2 <full-carol@example.net>: Mailbox full, try again later"))
			.isEqualTo(Masking.reply("452 4.2.2 <full-frank@example.com>: Mailbox full, try again later"))
			.startsWith("452 4.2.2 ");
		assertThat(Masking.reply("550 Requested action not taken: mailbox unavailable"))
			.isEqualTo("550 Requested action not taken: mailbox unavailable");
		assertThat(Masking.reply("421 4.3.2 mx.busy.example.net Service shutting down, try again later"))
			.isEqualTo("421 4.3.2 mx.busy.example.net Service shutting down, try again later");
	}

	@Test
	void keepsTheCodesOfEveryLineOfAMultilineReply() {
		// Postfix joins the lines with spaces, OpenSMTPD keeps the first line's codes
		String joined = "550-5.1.1 The mailbox you tried to reach does not exist. Please check the 550-5.1.1 "
				+ "recipient's address for typos or unnecessary spaces. For 550 5.1.1 more information see "
				+ "https://help.example.net/smtp/5.1.1";
		assertThat(Masking.reply(joined)).isEqualTo(joined);
		// Exim with the two characters \n
		String exim = "550-5.1.1 The mailbox you tried to reach does not exist.\\n550-5.1.1 recipient's address"
				+ "\\n550 5.1.1 more information see https://help.example.net/smtp/5.1.1";
		assertThat(Masking.reply(exim)).isEqualTo(exim);
		assertThat(Masking.reply("550-5.7.1 [192.0.2.1] blocked\\n550 5.7.1 see https://x.example/?ip=192.0.2.1"))
			.isEqualTo("550-5.7.1 [{ip}] blocked\\n550 5.7.1 see https://x.example/?ip={ip}");
	}

	@Test
	void masksIpAddressesIdsAndNumbers() {
		assertThat(Masking.reply("554 5.7.1 Service unavailable; Client host [192.0.2.17] blocked using zen"))
			.isEqualTo("554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen");
		assertThat(Masking.reply("550 5.7.1 Connection from 2001:db8::25 refused"))
			.isEqualTo("550 5.7.1 Connection from {ip} refused");
		assertThat(Masking.reply("550 5.7.1 Connection from 2001:DB8:0:0:8:800:200C:417A refused"))
			.isEqualTo("550 5.7.1 Connection from {ip} refused");
		assertThat(Masking.reply("250 2.0.0 Ok: queued as R1A001")).isEqualTo("250 2.0.0 Ok: queued as {id}");
		assertThat(Masking.reply("250 2.0.0 OK 1764685038 d75a77b69052e-4ee2c1b4a1bsi123456qtb.12 - gsmtp"))
			.isEqualTo("250 2.0.0 OK {n} {id} - gsmtp");
		assertThat(Masking.reply("451 4.7.1 Please try again in 300 seconds."))
			.isEqualTo("451 4.7.1 Please try again in {n} seconds.");
		assertThat(Masking.reply("452 4.2.2 Quota exceeded (mailbox for user is 1024 MB, 1,024 messages)"))
			.isEqualTo("452 4.2.2 Quota exceeded (mailbox for user is {n} MB, {n},{n} messages)");
		// the same reply to two recipients on two hosts is one group
		assertThat(Masking.reply("550 5.1.1 <a1@example.net>: unknown at [192.0.2.1] id=AB12CD34"))
			.isEqualTo(Masking.reply("550 5.1.1 <b2@example.org>: unknown at [198.51.100.7] id=ZZ98YY76"));
		// a word with a digit or two in it is a word
		assertThat(Masking.reply("550 5.7.1 Rejected by policy p2 of mx1"))
			.isEqualTo("550 5.7.1 Rejected by " + "policy p2 of mx1");
		// a reply code that is not first is a number
		assertThat(Masking.reply("Connection refused 550")).isEqualTo("Connection refused {n}");
	}

	@Test
	void masksTheLocalPartOfAddressesOnly() {
		assertThat(Masking.addresses("<anna@example.net>")).isEqualTo("<*@example.net>");
		assertThat(Masking.addresses(
				"to=anna@example.net, ctladdr=orders-m01@shop.example.com (33/33), relay=[192.0.2.1] [192.0.2.1]"))
			.isEqualTo("to=*@example.net, ctladdr=*@shop.example.com (33/33), relay=[192.0.2.1] [192.0.2.1]");
		assertThat(Masking.addresses("550 5.1.1 <nosuch-dave@example.net>: Recipient address rejected"))
			.isEqualTo("550 5.1.1 <*@example.net>: Recipient address rejected");
		assertThat(Masking.addresses("RCPT TO:<bob@example.com>: 452 4.2.2 <bob@example.com>: Mailbox full"))
			.isEqualTo("RCPT TO:<*@example.com>: 452 4.2.2 <*@example.com>: Mailbox full");
		assertThat(Masking.addresses("mailto:first.last+tag@example.org?subject=x"))
			.isEqualTo("mailto:*@example.org?subject=x");
		assertThat(Masking.addresses("from=<>, size=651, nrcpt=1 (queue active)"))
			.isEqualTo("from=<>, size=651, nrcpt=1 (queue active)");
		assertThat(Masking.addresses("no address here, 192.0.2.1, R1A001"))
			.isEqualTo("no address here, 192.0.2.1, " + "R1A001");
		assertThat(Masking.addresses("anna@example.net")).isEqualTo("*@example.net");
		assertThat(Masking.addresses("@example.net")).isEqualTo("@example.net");
		assertThat(Masking.addresses(null)).isNull();
	}

}
