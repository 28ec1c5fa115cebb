package org.smtpcodes.explain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding the codes and the text in replies and diagnostic lines.
 */
class ReplyParserTests {

	@Test
	void readsASingleLineReply() {
		ParsedReply reply = ReplyParser.parse("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
		assertThat(reply.replyCode()).isEqualTo("550");
		assertThat(reply.enhancedCode()).isEqualTo("5.1.1");
		assertThat(reply.text()).isEqualTo("<bob@example.org>: Recipient address rejected: User unknown");
		assertThat(reply.otherCodes()).isEmpty();
	}

	@Test
	void joinsTheLinesOfAMultiLineReply() {
		ParsedReply reply = ReplyParser.parse("""
				550-5.7.26 This mail has been blocked because the sender is
				550-5.7.26 unauthenticated. Gmail requires all senders to
				550 5.7.26 authenticate with either SPF or DKIM. - gsmtp""");
		assertThat(reply.replyCode()).isEqualTo("550");
		assertThat(reply.enhancedCode()).isEqualTo("5.7.26");
		assertThat(reply.text()).isEqualTo("This mail has been blocked because the sender is unauthenticated. "
				+ "Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp");
		assertThat(reply.multilineCodesDiffer()).isFalse();
	}

	@Test
	void joinsLinesThatAWrapperAlreadyJoined() {
		ParsedReply reply = ReplyParser.parse("550-5.7.26 Unauthenticated email from example.jp is not accepted due to "
				+ "domain's 550-5.7.26 DMARC policy.");
		assertThat(reply.text())
			.isEqualTo("Unauthenticated email from example.jp is not accepted due to domain's DMARC policy.");
	}

	@Test
	void noticesLinesWithDifferentCodes() {
		ParsedReply reply = ReplyParser.parse("250-mx.example.org\n550 5.7.1 refused");
		assertThat(reply.multilineCodesDiffer()).isTrue();
	}

	@Test
	void readsADiagnosticCodeLine() {
		ParsedReply reply = ReplyParser.parse("Diagnostic-Code: smtp; 552 5.2.2 <bob@example.org>: user is over quota");
		assertThat(reply.replyCode()).isEqualTo("552");
		assertThat(reply.enhancedCode()).isEqualTo("5.2.2");
		assertThat(reply.text()).isEqualTo("<bob@example.org>: user is over quota");
	}

	@Test
	void findsTheRemoteReplyInsideEximsWrapper() {
		ParsedReply reply = ReplyParser.parse("SMTP error from remote mail server after RCPT TO:<bob@example.org>: "
				+ "host mx.example.org [192.0.2.20]: 550 5.1.1 <bob@example.org>... User Unknown");
		assertThat(reply.replyCode()).isEqualTo("550");
		assertThat(reply.enhancedCode()).isEqualTo("5.1.1");
		assertThat(reply.text()).isEqualTo("<bob@example.org>... User Unknown");
	}

	@Test
	void findsTheRemoteReplyInsidePostfixsWrapper() {
		ParsedReply reply = ReplyParser.parse("host mx.example.org[192.0.2.1] said: 450 4.7.1 <bob@example.org>: "
				+ "Recipient address rejected: Greylisted (in reply to RCPT TO command)");
		assertThat(reply.replyCode()).isEqualTo("450");
		assertThat(reply.enhancedCode()).isEqualTo("4.7.1");
	}

	@Test
	void findsTheRemoteReplyInsideSendmailsAndMicrosoftsWrappers() {
		assertThat(ReplyParser.parse("<bob@example.org>... Deferred: 421 4.4.2 Connection timed out").replyCode())
			.isEqualTo("421");
		ParsedReply microsoft = ReplyParser.parse("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
				+ "Recipient not found by SMTP address lookup'");
		assertThat(microsoft.replyCode()).isEqualTo("550");
		assertThat(microsoft.enhancedCode()).isEqualTo("5.1.10");
	}

	@Test
	void prefersTheQuotedRemoteReplyOverTheWrappersOwnCode() {
		ParsedReply reply = ReplyParser
			.parse("554 4.4.7 Message expired: unable to deliver in 840 minutes." + "<421 4.4.2 Connection timed out>");
		assertThat(reply.replyCode()).isEqualTo("421");
		assertThat(reply.enhancedCode()).isEqualTo("4.4.2");
		assertThat(reply.otherCodes()).containsExactly("554", "4.4.7");
		ParsedReply ses = ReplyParser
			.parse("5.1.0 - Unknown address error 550-'5.2.2 <bob@example.org>... Mailbox Full'");
		assertThat(ses.replyCode()).isEqualTo("550");
		assertThat(ses.enhancedCode()).isEqualTo("5.2.2");
	}

	@Test
	void readsTextWithoutAnyCode() {
		ParsedReply reply = ReplyParser.parse("DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with "
				+ "code NXDOMAIN Domain name not found: example.jp");
		assertThat(reply.replyCode()).isNull();
		assertThat(reply.enhancedCode()).isNull();
		assertThat(reply.text()).startsWith("DNS Error");
	}

	@Test
	void neverTakesAddressesVersionsQueueIdsOrTimesForCodes() {
		ParsedReply reply = ReplyParser.parse("Connection to 192.0.2.250 port 25 failed at 12:45:30 "
				+ "(Postfix 3.7.11, queue id 4F2A550B3C, 200 OK, delay=451.2, version 5.1.1.1, 10.250.4.1)");
		assertThat(reply.replyCode()).isNull();
		assertThat(reply.enhancedCode()).isNull();
		assertThat(reply.otherCodes()).isEmpty();
	}

	@Test
	void readsAnEnhancedCodeAlone() {
		ParsedReply reply = ReplyParser.parse("Sorry, no mailbox here by that name. (#5.1.1)");
		assertThat(reply.replyCode()).isNull();
		assertThat(reply.enhancedCode()).isEqualTo("5.1.1");
	}

	@Test
	void readsATextThatBeginsWithDigits() {
		// RFC 5321 section 4.2: text may begin with digits, so codes are read by position
		ParsedReply reply = ReplyParser.parse("250-234 Text beginning with numbers\n250 OK");
		assertThat(reply.replyCode()).isEqualTo("250");
	}

	@Test
	void readsTheFirstReplyAndNotTheLinesAfterIt() {
		ParsedReply reply = ReplyParser.parse("""
				Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>:
				    Recipient address rejected: User unknown

				------ This is a copy of the message, including all the headers. ------
				Subject: Cake

				250 grams of flour
				421 4.7.0 is not a reply here either
				""");
		assertThat(reply.replyCode()).isEqualTo("550");
		assertThat(reply.enhancedCode()).isEqualTo("5.1.1");
		assertThat(reply.otherCodes()).isEmpty();
		assertThat(reply.text()).isEqualTo("<bob@example.org>: Recipient address rejected: User unknown");
		assertThat(reply.read()).endsWith("User unknown").doesNotContain("Cake", "grams");
	}

	@Test
	void readsEveryLineOfAMultiLineReplyAndStopsAfterItsLastLine() {
		ParsedReply reply = ReplyParser.parse("""
				452-4.2.2 The email account that you tried to reach is over quota.
				452 4.2.2 Please direct the recipient to https://support.example/quota - gsmtp
				250 2.0.0 OK, a later transaction""");
		assertThat(reply.replyCode()).isEqualTo("452");
		assertThat(reply.otherCodes()).isEmpty();
		assertThat(reply.text()).endsWith("- gsmtp");
		assertThat(reply.multilineCodesDiffer()).isFalse();
	}

	@Test
	void readsTheWholeTextWhenItHasNoReplyCode() {
		ParsedReply reply = ReplyParser.parse("mailbox full\n\nrecipient: bob@example.org");
		assertThat(reply.replyCode()).isNull();
		assertThat(reply.read()).isEqualTo("mailbox full\n\nrecipient: bob@example.org");
	}

}
