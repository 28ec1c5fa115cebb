package org.smtpcodes.bounces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smtpcodes.bounces.GoogleFormatsTests.read;

/**
 * Amazon SES notifications delivered by email through Amazon SNS.
 */
class AmazonSesTests {

	@Test
	void readsADeliveryNotification() throws IOException {
		Format.Reading reading = new AmazonSes().read(read("lhost-amazonses-13.eml"));
		assertThat(reading.reportingMta()).isEqualTo("a27-33.smtp-out.us-west-2.amazonses.com");
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("complaint@simulator.amazonses.com");
			assertThat(delivery.action()).isEqualTo("delivered");
			assertThat(delivery.diagnostic()).isEqualTo("250 2.6.0 Message received");
		});
	}

	@Test
	void readsABounceInsideTheSnsEnvelope() throws IOException {
		String notification = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
				+ "\"bounceSubType\":\"General\",\"bouncedRecipients\":[{\"emailAddress\":\"bob@example.org\","
				+ "\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"}],"
				+ "\"timestamp\":\"2024-04-29T23:34:45.000Z\",\"reportingMTA\":\"dsn; a1-2.smtp-out.amazonses.com\"},"
				+ "\"mail\":{\"destination\":[\"bob@example.org\"]}}";
		String envelope = "{\"Type\" : \"Notification\",\n  \"Message\" : \"" + notification.replace("\"", "\\\"")
				+ "\"\n}\n\n--\nIf you wish to stop receiving notifications ...\n";
		Format.Reading reading = new AmazonSes().read(message(envelope));
		assertThat(reading.reportingMta()).isEqualTo("a1-2.smtp-out.amazonses.com");
		assertThat(reading.deliveries()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.recipient()).isEqualTo("bob@example.org");
			assertThat(delivery.status()).isEqualTo("5.1.1");
			assertThat(delivery.diagnostic()).isEqualTo("550 5.1.1 user unknown");
			assertThat(delivery.diagnosticType()).isEqualTo("smtp");
			assertThat(delivery.reason()).isNull();
		});
	}

	@Test
	void anAddressOnTheSuppressionListWasSuppressed() throws IOException {
		String notification = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\","
				+ "\"bounceSubType\":\"OnAccountSuppressionList\",\"bouncedRecipients\":[{\"emailAddress\":"
				+ "\"bob@example.org\",\"action\":\"failed\",\"status\":\"5.1.1\"}]}}";
		assertThat(new AmazonSes().read(message(notification)).deliveries().get(0).reason()).isEqualTo("suppressed");
	}

	@Test
	void anSesDeliveryStatusNotificationIsLeftToRfc3464() throws IOException {
		assertThat(new AmazonSes().read(read("lhost-amazonses-03.eml"))).isNull();
	}

	private static BounceMessage message(String body) throws IOException {
		String message = "From: no-reply@sns.amazonaws.com\nSubject: AWS Notification Message\n"
				+ "Content-Type: text/plain; charset=UTF-8\n\n" + body;
		return MessageReader.read(new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
	}

}
