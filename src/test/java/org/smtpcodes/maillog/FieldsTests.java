package org.smtpcodes.maillog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pieces of log lines: the codes at the start of a reply, host names as the servers
 * write them, fields, addresses and domains.
 */
class FieldsTests {

	@Test
	void readsTheCodesAtTheStartOfAReply() {
		assertThat(Fields.codes("550 5.1.1 <anna@example.net>: User unknown")).containsExactly("550", "5.1.1");
		assertThat(Fields.codes("550-5.1.1 The mailbox you tried to reach does not exist.")).containsExactly("550",
				"5.1.1");
		assertThat(Fields.codes("452  4.2.2 Mailbox full")).containsExactly("452", "4.2.2");
		assertThat(Fields.codes("250 2.0.0")).containsExactly("250", "2.0.0");
		assertThat(Fields.codes("451 4.7.999 Try later")).containsExactly("451", "4.7.999");
		assertThat(Fields.codes("550 Requested action not taken: mailbox unavailable")).containsExactly("550", null);
		assertThat(Fields.codes("421")).containsExactly("421", null);
		// an enhanced code of the wrong form, or a word that only looks like one
		assertThat(Fields.codes("550 5.1 x")).containsExactly("550", null);
		assertThat(Fields.codes("550 3.1.1 x")).containsExactly("550", null);
		assertThat(Fields.codes("550 5.1.1000 x")).containsExactly("550", null);
		assertThat(Fields.codes("550 5.1.1x x")).containsExactly("550", null);
		// not a reply
		for (String text : new String[] { "5501 x", "650 x", "150 x", "560 x", "55 x", "abc", "", "550x",
				"Connection refused" }) {
			assertThat(Fields.codes(text)).as(text).containsExactly(null, null);
		}
		assertThat(Fields.codes(null)).containsExactly(null, null);
	}

	@Test
	void readsHostNamesAsTheServersWriteThem() {
		// Postfix, Exim, Sendmail, OpenSMTPD
		assertThat(Fields.host("mx.example.net[127.0.0.20]:2600")).isEqualTo("mx.example.net");
		assertThat(Fields.host("mx.example.net [127.0.0.20]")).isEqualTo("mx.example.net");
		assertThat(Fields.host("mx.example.net. [192.0.2.20]")).isEqualTo("mx.example.net");
		assertThat(Fields.host("127.0.0.20 (mx.example.net)")).isEqualTo("mx.example.net");
		assertThat(Fields.host("[192.0.2.20]")).isEqualTo("192.0.2.20");
		assertThat(Fields.host("[127.0.0.1] [127.0.0.1]")).isEqualTo("127.0.0.1");
		assertThat(Fields.host("MX.Example.NET")).isEqualTo("mx.example.net");
		assertThat(Fields.host("none")).isNull();
		assertThat(Fields.host(" ")).isNull();
		assertThat(Fields.host(null)).isNull();
	}

	@Test
	void readsFieldsAddressesAndDomains() {
		String message = "6808620E168: to=<anna@example.net>, orig_to=<a@example.net>, relay=mx.example.net[127.0.0.20]:2600,"
				+ " dsn=4.2.0, status=deferred (host said: 450, try later)";
		assertThat(Fields.value(message, "to=", 13)).isEqualTo("<anna@example.net>");
		assertThat(Fields.value(message, "relay=", 13)).isEqualTo("mx.example.net[127.0.0.20]:2600");
		assertThat(Fields.value(message, "dsn=", 13)).isEqualTo("4.2.0");
		assertThat(Fields.value(message, "size=", 13)).isNull();
		// a key inside another's name is not that key
		assertThat(Fields.value("x: orig_to=<a@example.net>", "to=", 0)).isNull();
		assertThat(Fields.quoted("relay=\"127.0.0.20 (mx.example.net)\" result=\"TempFail\" stat=\"x\"", "result"))
			.isEqualTo("TempFail");
		assertThat(Fields.quoted("result=\"Ok", "result")).isEqualTo("Ok");
		assertThat(Fields.address(" <anna@example.net> ")).isEqualTo("anna@example.net");
		assertThat(Fields.address("anna@example.net")).isEqualTo("anna@example.net");
		assertThat(Fields.address("<>")).isEmpty();
		assertThat(Fields.domain("anna@Example.NET")).isEqualTo("example.net");
		assertThat(Fields.domain("\"a@b\"@example.org")).isEqualTo("example.org");
		assertThat(Fields.domain("anna")).isNull();
		assertThat(Fields.domain("anna@")).isNull();
		assertThat(Fields.domain(null)).isNull();
	}

}
