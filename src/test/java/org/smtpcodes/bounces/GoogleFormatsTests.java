package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gmail's bounces: the plain-text notices of old Gmail, the notices of Google Workspace
 * without report fields, and Google Groups refusing a post.
 */
class GoogleFormatsTests {

	@Test
	void gmailTakesTheOtherServersReplyFromItsTechnicalDetails() throws IOException {
		Format.Reading reading = new Gmail().read(read("lhost-gmail-01.eml"));
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("userunknown@example.jp");
			assertThat(delivery.action()).isEqualTo("failed");
			assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 <userunknown@example.jp>... User Unknown");
			assertThat(delivery.remoteMta()).isEqualTo("mx.example.jp");
		});
	}

	@Test
	void gmailWritesTheReplyCodeOnceAndItsStateNamesTheCommand() throws IOException {
		Delivery delivery = new Gmail().read(read("lhost-gmail-18.eml")).deliveries().get(0);
		assertThat(delivery.diagnostic()).startsWith("550 5.1.1 user unknown (UserSearch)");
		assertThat(delivery.command()).isEqualTo("RCPT");
	}

	@Test
	void gmailsDelayWarningIsADelay() throws IOException {
		Delivery delivery = new Gmail().read(read("lhost-gmail-09.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("kijitora@9jo.example.jp");
		assertThat(delivery.action()).isEqualTo("delayed");
		assertThat(delivery.diagnostic()).startsWith("The recipient server did not accept our requests to connect.");
	}

	@Test
	void googleWorkspaceJoinsItsExplanationAndTheResponse() throws IOException {
		Delivery delivery = new GoogleWorkspace().read(read("lhost-googleworkspace-01.eml")).deliveries().get(0);
		assertThat(delivery.recipient()).isEqualTo("neko-nyaan-cat-meeting@google-groups.example.com");
		assertThat(delivery.diagnostic())
			.startsWith("Message not delivered. You're sending this from a different address")
			.endsWith(
					"The response was: Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability");
	}

	@Test
	void googleGroupsGivesTheParagraphThatNamesTheGroupInAnyLanguage() throws IOException {
		Delivery english = new GoogleGroups().read(read("lhost-googlegroups-14.eml")).deliveries().get(0);
		assertThat(english.recipient()).isEqualTo("libsisimai@googlegroups.com");
		assertThat(english.diagnostic()).startsWith(
				"We're writing to let you know that the group you tried to contact " + "(libsisimai) may not exist");
		Delivery japanese = new GoogleGroups().read(read("lhost-googlegroups-01.eml")).deliveries().get(0);
		assertThat(japanese.diagnostic()).startsWith("連絡しようとしたグループ（libsisimai）が存在しないか");
	}

	@Test
	void theOtherGoogleFormatsLeaveAGroupsNoticeAlone() throws IOException {
		assertThat(new Gmail().read(read("lhost-googlegroups-14.eml"))).isNull();
		assertThat(new GoogleWorkspace().read(read("lhost-googlegroups-14.eml"))).isNull();
		assertThat(new GoogleGroups().read(read("lhost-gmail-01.eml"))).isNull();
	}

	static BounceMessage read(String file) throws IOException {
		try (InputStream in = new ClassPathResource("bounces/" + file).getInputStream()) {
			return MessageReader.read(in);
		}
	}

}
