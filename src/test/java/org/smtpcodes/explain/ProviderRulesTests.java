package org.smtpcodes.explain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of large providers (bounces.yaml, providers): the server that refused, the
 * recipient's domain or the reply's own words identify the provider, and its codes and
 * fixed sentences mean what the provider documents, before the rules for every server.
 * The replies are written in the providers' documented wording, one per code family.
 */
class ProviderRulesTests {

	private final Explainer explainer = TestExplainer.explainer();

	// a failed delivery as a whole bounce report gives it: the reply, the report's status
	// and reply code, the command after which the server refused (empty when the report
	// names none), the remote host, the recipient
	private Decision decide(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient) {
		return this.explainer.decide(
				new Facts(reply, status, replyCode, command, "failed", null, remoteHost, null, recipient, true), "en");
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si99 - gsmtp | 5.0.0 | 550 | | gmail-smtp-in.l.google.com | nobody@gmail.com | userunknown
					Your message wasn't delivered to bob@example.it because the address couldn't be found. Check for typos or unnecessary spaces and try again. | 5.0.0 | | | | bob@example.it | userunknown
					550-5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser - gsmtp | 5.2.1 | 550 | | aspmx.l.google.com | ann@example.org | suspend
					452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp | 4.2.2 | 452 | RCPT | alt1.aspmx.l.google.com | ann@example.org | mailboxfull
					552-5.2.3 Your message exceeded Google's message size limits. To view our message size guidelines, go to https://support.google.com/mail/?p=MaxSizeError - gsmtp | 5.2.3 | 552 | DATA | gmail-smtp-in.l.google.com | ann@gmail.com | exceedlimit
					552-5.3.4 Your message exceeded Google's message size limits. To view our message size guidelines, go to https://support.google.com/mail/?p=MaxSizeError - gsmtp | 5.3.4 | 552 | DATA | gmail-smtp-in.l.google.com | ann@gmail.com | mesgtoobig
					550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy. Please contact the administrator of example.org domain. - gsmtp | 5.7.26 | 550 | DATA | gmail-smtp-in.l.google.com | ann@gmail.com | authfailure
					421-4.7.0 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. - gsmtp | 4.7.0 | 421 | MAIL | gmail-smtp-in.l.google.com | ann@gmail.com | requireptr
					421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP address. To protect our users from spam, mail has been temporarily rate limited. - gsmtp | 4.7.28 | 421 | MAIL | gmail-smtp-in.l.google.com | ann@gmail.com | blocked
					421-4.7.28 Gmail has detected this message exceeded its quota for sending messages with the same Message-ID:. To best protect our users, the message has been temporarily rejected. - gsmtp | 4.7.28 | 421 | DATA | gmail-smtp-in.l.google.com | ann@gmail.com | policyviolation
					451-4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages. - gsmtp | 4.4.2 | 451 | DATA | gmail-smtp-in.l.google.com | ann@gmail.com | expired
					523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS. - gsmtp | 5.7.10 | 523 | | gmail-smtp-in.l.google.com | ann@gmail.com | syntaxerror
					550-5.7.0 Mail relay denied [192.0.2.9]. Invalid credentials for relay for one of the domains in: example.org (as obtained from HELO and MAIL FROM). - gsmtp | 5.7.0 | 550 | MAIL | smtp-relay.gmail.com | ann@example.net | norelaying
					""")
	void readsGooglesOwnSentences(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Gmail (Google)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes | 4.7.0 | 421 | MAIL | mta5.am0.yahoodns.net | ann@yahoo.com | rejected
					553 5.7.2 [TSS09] All messages from 192.0.2.9 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes | 5.7.2 | 553 | MAIL | mta6.am0.yahoodns.net | ann@yahoo.com | rejected
					553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.9, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes | 5.7.1 | 553 | CONNECT | mta7.am0.yahoodns.net | ann@yahoo.com | blocked
					554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes | 5.0.0 | 554 | DATA | mta5.am0.yahoodns.net | ann@yahoo.co.uk | policyviolation
					554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0] - mta1001.mail.bf1.yahoo.com | 5.0.0 | 554 | | mta6.am0.yahoodns.net | nobody@yahoo.com | userunknown
					554 delivery error: dd Sorry your message to ann@yahoo.com cannot be delivered. This mailbox is disabled (554.30) - mta1002.mail.bf1.yahoo.com | 5.0.0 | 554 | | mta6.am0.yahoodns.net | ann@yahoo.com | suspend
					""")
	void readsYahoosBracketedCodesAndReports(String reply, String status, String replyCode, String command,
			String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Yahoo Mail");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@Test
	void readsAFailedLookupOfAolsDomainAsADomainThatAcceptsNoMail() {
		Decision decision = decide(
				"Name service error for name=aol.com type=MX: Malformed or unexpected name server reply", "5.4.4", null,
				null, null, "ann@aol.com");
		assertThat(decision.provider().name()).isEqualTo("AOL Mail");
		assertThat(decision.reason()).isEqualTo("notaccept");
	}

	@Test
	void identifiesTheServerThatRefusedBeforeTheRecipientsDomain() {
		Decision decision = decide(
				"421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to unexpected "
						+ "volume or user complaints",
				"4.7.0", "421", "MAIL", "mx-aol.mail.gm0.yahoodns.net", "ann@aol.com");
		assertThat(decision.provider().name()).isEqualTo("Yahoo Mail");
		assertThat(decision.reason()).isEqualTo("rejected");
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 5.7.606 Access denied, banned sending IP [192.0.2.9]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609) | 5.7.606 | 550 | MAIL | example-org.mail.protection.outlook.com | ann@example.org | blocked
					550 5.7.509 Access denied, sending domain [EXAMPLE.NET] does not pass DMARC verification and has a DMARC policy of reject. | 5.7.509 | 550 | DATA | example-org.mail.protection.outlook.com | ann@example.org | authfailure
					550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | 5.1.10 | 550 | | | ann@example.onmicrosoft.com | userunknown
					550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302) | 5.5.0 | 550 | DATA | hotmail-com.olc.protection.outlook.com | nobody@hotmail.com | userunknown
					The recipient name is not recognized MSEXCH:IMS:EXAMPLE:TOKYO:MAIL01 0 (000C05A6) Unknown Recipient | | | | | ann@example.jp | userunknown
					451 4.7.650 The mail server [192.0.2.9] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) | 4.7.650 | 451 | MAIL | outlook-com.olc.protection.outlook.com | ann@outlook.com | badreputation
					421 RP-001 (COL004-MC1F37) Unfortunately, some messages from 192.0.2.9 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. | 4.0.0 | 421 | MAIL | mx1.hotmail.com | ann@hotmail.com | badreputation
					550 SC-004 (BAY004-MC5F21) Unfortunately, messages from 192.0.2.9 weren't sent. We have received complaints concerning mail coming from that IP address. | 5.0.0 | 550 | MAIL | mx1.hotmail.com | ann@hotmail.com | blocked
					550 5.7.901 Delivery not authorized, message refused. Please contact the administrator of the recipient's organisation. | 5.7.901 | 550 | DATA | example-org.mail.protection.outlook.com | ann@example.org | policyviolation
					451 4.7.500 Server busy. Please try again later from [192.0.2.9]. (AS761) | 4.7.500 | 451 | RCPT | hotmail-com.olc.protection.outlook.com | ann@hotmail.com | systemerror
					""")
	void readsMicrosoftsNdrCodesAndOutlookComPostmasterCodes(String reply, String status, String replyCode,
			String command, String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Microsoft (Outlook.com, Microsoft 365)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 5.1.1 <nobody@icloud.com>: inactive email address | 5.1.1 | 550 | DATA | mx01.mail.icloud.com | nobody@icloud.com | userunknown
					550 5.1.6 recipient no longer on server: ann@me.com | 5.1.6 | 550 | RCPT | mx02.mail.icloud.com | ann@me.com | hasmoved
					552 5.2.2 <ann@icloud.com>: user is over quota | 5.2.2 | 552 | RCPT | mx02.mail.icloud.com | ann@icloud.com | mailboxfull
					550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137 | 5.7.1 | 550 | DATA | mx01.mail.icloud.com | ann@icloud.com | policyviolation
					421 4.7.1 Messages to ann@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137 | 4.7.1 | 421 | RCPT | mx01.mail.icloud.com | ann@icloud.com | speeding
					""")
	void readsICloudsSentences(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Apple iCloud Mail");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					554 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.9 blocked. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXBL | 5.0.0 | 554 | CONNECT | cxr.mx.a.cloudfilter.net | ann@cox.net | blocked
					550 5.1.0 <ann@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL | 5.1.0 | 550 | MAIL | cxr.mx.a.cloudfilter.net | ann@cox.net | blocked
					554 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.9 rejected - no rDNS. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXDNS | 5.0.0 | 554 | CONNECT | cxr.mx.a.cloudfilter.net | ann@cox.net | requireptr
					550 5.1.0 <ann@example.org> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSNDR | 5.1.0 | 550 | MAIL | cxr.mx.a.cloudfilter.net | ann@cox.net | authfailure
					554 cxr.mx.a.cloudfilter.net cmsmtp 192.0.2.9 is on a block list. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#IPBL1001 | 5.0.0 | 554 | CONNECT | cxr.mx.a.cloudfilter.net | ann@cox.net | blocked
					552 5.7.0 cmsmtp Message rejected: a URL is listed. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#URLBL1001 | 5.7.0 | 552 | DATA | cxr.mx.a.cloudfilter.net | ann@cox.net | spamdetected
					550 5.1.1 <nobody@cox.net> recipient rejected | 5.1.1 | 550 | RCPT | cxr.mx.a.cloudfilter.net | nobody@cox.net | userunknown
					""")
	void readsCoxsAupCodes(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Cox");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					554 5.7.1 <ann@example.org> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1000 | 5.7.1 | 554 | MAIL | | ann@charter.net | blocked
					550 5.1.0 <ann@example.org> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310 | 5.1.0 | 550 | MAIL | | ann@charter.net | toomanyconn
					554 5.7.1 Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#I-1110 | 5.7.1 | 554 | CONNECT | | ann@twc.com | requireptr
					552 5.3.4 Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#O-1530 | 5.3.4 | 552 | DATA | | ann@example.org | mesgtoobig
					""")
	void readsSpectrumsNumberedAupCodesByTheirRanges(String reply, String status, String replyCode, String command,
			String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Spectrum (Charter)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416 | 5.5.0 | 550 | | smtpz4.laposte.net | nobody@laposte.net | userunknown
					552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417] | 5.1.1 | 552 | RCPT | smtp-in.orange.fr | ann@orange.fr | mailboxfull
					421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] | 4.2.0 | 421 | DATA | smtp-in.orange.fr | ann@wanadoo.fr | systemerror
					550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506] | 5.2.0 | 550 | DATA | smtp-in.orange.fr | ann@orange.fr | spamdetected
					501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] | 5.1.0 | 501 | MAIL | smtp-in.orange.fr | ann@orange.fr | rejected
					550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426 | 5.5.0 | 550 | RCPT | smtpz4.laposte.net | ann@laposte.net | suspend
					""")
	void readsOrangeAndLaPosteCodesByTheirLastThreeDigits(String reply, String status, String replyCode, String command,
			String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Orange (France)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					554 p3plibsmtp01-07.prod.phx3.secureserver.net bizsmtp Connection refused. This IP address is listed on the Spamhaus Block List (SBL). IB104 | 5.0.0 | 554 | CONNECT | p3plibsmtp01-07.prod.phx3.secureserver.net | ann@example.org | blocked
					552 This message has been rejected due to content judged to be spam by the internet community. IB212 | 5.0.0 | 552 | DATA | smtp.secureserver.net | ann@example.org | spamdetected
					421 Temporarily rejected. Reverse DNS for this IP failed. IB108 | 4.0.0 | 421 | CONNECT | smtp.secureserver.net | ann@example.org | requireptr
					554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence (CSI). IB103 | 5.0.0 | 554 | CONNECT | mailstore1.secureserver.net | ann@example.org | badreputation
					550 example.net From: Domain is invalid. Provide a valid From: IB506 | 5.0.0 | 550 | MAIL | smtp.secureserver.net | ann@example.org | rejected
					""")
	void readsGoDaddysIbCodes(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("GoDaddy");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#rcp The attempted recipient address does not exist | 5.1.1 | 550 | RCPT | mx-out.facebook.com | nobody@facebook.com | userunknown
					550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#rcp Refused due to recipient preferences | 5.1.1 | 550 | | mx-out.facebook.com | ann@facebook.com | filtered
					450 4.2.1 RCP-T4 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#rcp The attempted recipient address is currently deactivated | 4.2.1 | 450 | RCPT | mx-out.facebook.com | ann@facebook.com | suspend
					554 5.7.1 POL-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#pol Facebook will no longer accept mail from your mail server | 5.7.1 | 554 | CONNECT | mx-out.facebook.com | ann@facebook.com | blocked
					550 5.7.1 DNS-P3 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#dns Your mail server does not have a reverse DNS record | 5.7.1 | 550 | CONNECT | mx-out.facebook.com | ann@facebook.com | requireptr
					421 4.7.0 CON-T1 http://postmaster.facebook.com/response_codes?ip=192.0.2.9#con Too many connections | 4.7.0 | 421 | CONNECT | mx-out.facebook.com | ann@facebook.com | toomanyconn
					""")
	void readsFacebooksResponseCodes(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Facebook");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 <nobody@ezweb.ne.jp>: User unknown | 5.0.0 | 550 | DATA | lsean.ezweb.ne.jp | nobody@ezweb.ne.jp | userunknown
					550 <nobody@au.com>: User unknown | 5.1.1 | 550 | | msmx.au.com | nobody@au.com | userunknown
					550 : User unknown | 5.0.0 | 550 | DATA | lsean.ezweb.ne.jp | ann@ezweb.ne.jp | filtered
					""")
	void tellsAnAuAddressThatDoesNotExistFromTheRecipientsFilter(String reply, String status, String replyCode,
			String command, String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("au (KDDI)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6} after {3}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					552 Too much mail data ann@docomo.ne.jp | 5.2.2 | 552 | DATA | mfsmax.docomo.ne.jp | ann@docomo.ne.jp | mailboxfull
					550 Unknown user nobody@docomo.ne.jp | 5.0.0 | 550 | RCPT | mfsmax.docomo.ne.jp | nobody@docomo.ne.jp | userunknown
					550 Unknown user ann@docomo.ne.jp | 5.0.0 | 550 | DATA | mfsmax.docomo.ne.jp | ann@docomo.ne.jp | filtered
					""")
	void leavesDocomosUnknownUserToTheCommandThatWasRefused(String reply, String status, String replyCode,
			String command, String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("NTT docomo");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl | 5.0.0 | 553 | CONNECT | cluster5.eu.messagelabs.com | ann@example.org | blocked
					550-Invalid recipient <nobody@example.org> 550 (#5.1.1) | 5.1.1 | 550 | | cluster1.us.messagelabs.com | nobody@example.org | userunknown
					553 sorry, your envelope sender is in my badmailfrom list (#5.7.1) | 5.7.1 | 553 | MAIL | cluster5.eu.messagelabs.com | ann@example.org | rejected
					451 TLS/SSLv3 Connection required. (#4.7.1) | 4.7.1 | 451 | RCPT | cluster5.eu.messagelabs.com | ann@example.org | failedstarttls
					""")
	void readsMessageLabsSentences(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("MessageLabs (Broadcom)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{6}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf.uk123] | 5.0.0 | 550 | | eu-smtp-inbound-1.mimecast.com | nobody@example.co.uk | userunknown
					550 Administrative prohibition envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 | 5.0.0 | 550 | MAIL | eu-smtp-inbound-1.mimecast.com | ann@example.co.uk | rejected
					550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 | 5.0.0 | 550 | MAIL | us-smtp-inbound-1.mimecast.com | ann@example.com | authfailure
					554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 | 5.0.0 | 554 | DATA | us-smtp-inbound-2.mimecast.com | ann@example.com | virusdetected
					""")
	void readsMimecastsSentences(String reply, String status, String replyCode, String command, String remoteHost,
			String recipient, String reason) {
		Decision decision = decide(reply, status, replyCode, command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Mimecast");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{4}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728 | DATA | mx3.qq.com | nobody@qq.com | userunknown
					550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722 | MAIL | mx3.qq.com | ann@qq.com | toomanyconn
					550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726 | DATA | mx3.qq.com | ann@qq.com | spamdetected
					""")
	void readsTencentsSentences(String reply, String command, String remoteHost, String recipient, String reason) {
		Decision decision = decide(reply, "5.0.0", "550", command, remoteHost, recipient);
		assertThat(decision.provider().name()).isEqualTo("Tencent (QQ Mail)");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			550 Mailbox nobody@i.ua is not found. See https://mail.i.ua/err/2/ | userunknown
			552 Mailbox ann@i.ua is full. See https://mail.i.ua/err/4/ | mailboxfull
			550 Not in the list of the allowed senders. See https://mail.i.ua/err/10/ | filtered
			""")
	void readsIUaErrorPagesByTheirNumber(String reply, String reason) {
		Decision decision = decide(reply, "5.0.0", "550", "RCPT", "mx.email.ua", "ann@i.ua");
		assertThat(decision.provider().name()).isEqualTo("i.ua");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			550 5.1.1 User does not exist - <nobody@zohomail.com> | userunknown
			550 5.7.1 Email rejected per DMARC policy for example.org | authfailure
			552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail | virusdetected
			541 5.4.1 Mail rejected by destination domain | rejected
			""")
	void readsZohosSentences(String reply, String reason) {
		Decision decision = decide(reply, null, null, "DATA", "mx.zoho.com", "ann@zohomail.com");
		assertThat(decision.provider().name()).isEqualTo("Zoho Mail");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					550 5.7.1 Delivery denied: the sending IP 192.0.2.9 was found on one or more DNSBLs | blocked
					451 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/ | systemerror
					""")
	void readsCloudflareEmailRoutingsSentences(String reply, String reason) {
		Decision decision = decide(reply, null, null, "RCPT", "route1.mx.cloudflare.net", "ann@example.org");
		assertThat(decision.provider().name()).isEqualTo("Cloudflare Email Routing");
		assertThat(decision.reason()).isEqualTo(reason);
	}

	@Test
	void identifiesAProviderByItsCodeWhenNoHostIsKnown() {
		Decision decision = this.explainer.decide(Facts.of("554 5.7.1 Refer to Error Codes section at "
				+ "https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXSMTP"),
				"en");
		assertThat(decision.provider().name()).isEqualTo("Cox");
		assertThat(decision.reason()).isEqualTo("rejected");
	}

	@Test
	void doesNotTakeADomainThatOnlyEndsInTheSameLettersForTheProvider() {
		Decision decision = decide("550 5.1.1 <ann@notgoogle.com>: Recipient address rejected: User unknown", "5.1.1",
				"550", "RCPT", "mx.notgoogle.com", "ann@notgoogle.com");
		assertThat(decision.provider()).isNull();
		assertThat(decision.reason()).isEqualTo("userunknown");
	}

	@Test
	void leavesACodeWhoseMeaningIsUnknownToTheRulesForEveryServer() {
		// LPN 107 is not documented: refused at the greeting, the client was blocked
		Decision decision = decide("421 4.2.1 Service refused, please try later. LPN006_107", "4.2.1", "421", "CONNECT",
				"smtpz4.laposte.net", "ann@laposte.net");
		assertThat(decision.provider().name()).isEqualTo("Orange (France)");
		assertThat(decision.evidence())
			.noneMatch((evidence) -> evidence.rule().equals("provider") && evidence.detail().contains("matched"));
		assertThat(decision.reason()).isEqualTo("blocked");
	}

}
