package org.smtpcodes.bounces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The examples of {@code POST /bounces} in the OpenAPI description: a real Postfix bounce
 * (bounces/example-postfix.eml), and what the service answers for it, read at startup by
 * the live reader.
 */
@Configuration(proxyBeanMethods = false)
class BouncesOpenApi {

	private static final String EXAMPLE = "bounces/example-postfix.eml";

	@Bean
	OpenApiCustomizer bouncesExamples(Bounces bounces, JsonMapper json) {
		return (openApi) -> {
			PathItem path = (openApi.getPaths() != null) ? openApi.getPaths().get("/bounces") : null;
			Operation post = (path != null) ? path.getPost() : null;
			if (post == null || post.getRequestBody() == null) {
				return;
			}
			// the two handlers of the path are one operation: its body takes the media
			// types of both
			String message = example();
			Content content = new Content();
			for (String type : BouncesController.MESSAGE) {
				content.addMediaType(type,
						new MediaType().schema(new StringSchema().format("binary"))
							.examples(new LinkedHashMap<>(Map.of("Postfix, unknown user",
									new Example().summary("A Postfix bounce: one recipient, refused at RCPT")
										.value(message)))));
			}
			content.addMediaType(BouncesController.MBOX, new MediaType().schema(new StringSchema().format("binary")));
			post.getRequestBody()
				.description("The bounce message, whole, or a mailbox of them (application/mbox)")
				.content(content);
			MediaType answer = post.getResponses().get("200").getContent().get("application/json");
			if (answer != null) {
				try {
					BounceReport report = bounces.readMessage(
							new java.io.ByteArrayInputStream(message.getBytes(StandardCharsets.ISO_8859_1)), "en");
					answer.setExamples(new LinkedHashMap<>(
							Map.of("Postfix, unknown user", new Example().summary("The report of the Postfix bounce")
								.value(json.convertValue(report, Map.class)))));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		};
	}

	private static String example() {
		try (InputStream in = new ClassPathResource(EXAMPLE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The example bounce " + EXAMPLE + " is part of the application", ex);
		}
	}

}
