package org.smtpcodes.maillog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.smtpcodes.system.ContentTooLarge;
import org.smtpcodes.system.OpenApiExamples;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * The examples of {@code POST /mail-log} in the OpenAPI description: an excerpt of a
 * Postfix log recorded for the tests (mail-log/example-postfix.log: five messages, one
 * delivered at once, one after greylisting, one bounced, two expired), and what the live
 * reader answers for it, as JSON, and the first NDJSON line of each outcome.
 */
@Configuration(proxyBeanMethods = false)
class MailLogOpenApi {

	private static final String EXAMPLE = "mail-log/example-postfix.log";

	private static final String NAME = "Postfix, five messages";

	@Bean
	OpenApiCustomizer mailLogExamples(MailLogs logs, OpenApiExamples examples, JsonMapper json) {
		return (openApi) -> {
			Operation post = OpenApiExamples.operation(openApi, MailLogs.PATH, true);
			if (post == null || post.getRequestBody() == null) {
				return;
			}
			String log = example();
			// the media types of both handlers (the log, the form) stay; the log's get
			// its
			// example
			Content content = (post.getRequestBody().getContent() != null) ? post.getRequestBody().getContent()
					: new Content();
			content.addMediaType(org.springframework.http.MediaType.TEXT_PLAIN_VALUE,
					new MediaType().schema(new StringSchema())
						.examples(new LinkedHashMap<>(Map.of(NAME, new Example().summary(NAME).value(log)))));
			content.addMediaType(org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE,
					new MediaType().schema(new StringSchema().format("binary")));
			content.addMediaType("application/gzip", new MediaType().schema(new StringSchema().format("binary")));
			post.getRequestBody().content(content);
			MailLogs.Options options = new MailLogs.Options(3, false);
			examples.answer(post, 200, NAME, () -> read(() -> logs.summarise(stream(log), options, "en")));
			MediaType ndjson = post.getResponses().get("200").getContent().get(MailLogController.NDJSON);
			if (ndjson != null) {
				ByteArrayOutputStream lines = new ByteArrayOutputStream();
				read(() -> {
					logs.stream(stream(log), options, Locale.ENGLISH, () -> lines);
					return null;
				});
				// each line is one value of the schema: the first line of each outcome
				Map<String, Example> first = new LinkedHashMap<>();
				for (String line : (Iterable<String>) lines.toString(StandardCharsets.UTF_8).lines()::iterator) {
					Map<?, ?> attempt = json.readValue(line, Map.class);
					first.putIfAbsent("A line: " + attempt.get("outcome"),
							new Example().summary(NAME + ", the first line of a " + attempt.get("outcome") + " attempt")
								.value(attempt));
				}
				ndjson.setExamples(first);
			}
			examples.problem(post, "empty body", new EmptyLog());
			examples.problem(post, "not a mail log", OpenApiExamples
				.failure(() -> read(() -> logs.summarise(stream("GET / HTTP/1.1\n"), options, "en"))));
			examples.problem(post, "over the size limit", new ContentTooLarge(logs.properties().maxSize().toBytes()));
		};
	}

	private interface Reading<T> {

		T read() throws IOException;

	}

	private static <T> T read(Reading<T> reading) {
		try {
			return reading.read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String example() {
		try (InputStream in = new ClassPathResource(EXAMPLE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The example log " + EXAMPLE + " is part of the application", ex);
		}
	}

}
