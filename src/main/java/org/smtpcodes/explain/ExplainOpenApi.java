package org.smtpcodes.explain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.system.ContentTooLarge;
import org.smtpcodes.system.OpenApiExamples;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The examples of {@code POST /explain} in the OpenAPI description: three realistic
 * texts, what the live explainer answers for each, and its problems.
 */
@Configuration(proxyBeanMethods = false)
class ExplainOpenApi {

	/** Three realistic texts to explain, by name. */
	static final Map<String, String> REPLIES = replies();

	@Bean
	OpenApiCustomizer explainExamples(Explainer explainer, Catalogue catalogue, OpenApiExamples examples) {
		String language = catalogue.defaultLanguage();
		return (openApi) -> {
			Operation post = OpenApiExamples.operation(openApi, "/explain", true);
			if (post == null) {
				return;
			}
			MediaType body = (post.getRequestBody() != null && post.getRequestBody().getContent() != null)
					? post.getRequestBody().getContent().get(org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
					: null;
			REPLIES.forEach((name, reply) -> {
				if (body != null) {
					if (body.getExamples() == null) {
						body.setExamples(new LinkedHashMap<>());
					}
					body.getExamples().put(name, new Example().summary(name).value(Map.of("reply", reply)));
				}
				examples.answer(post, 200, name, () -> explainer.explain(reply, language));
			});
			examples.problem(post, "empty reply", new EmptyReply());
			examples.problem(post, "body too large", new ContentTooLarge(ExplainController.MAX_SIZE));
		};
	}

	private static Map<String, String> replies() {
		Map<String, String> replies = new LinkedHashMap<>();
		replies.put("Postfix, unknown user",
				"550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table");
		replies.put("Gmail, DMARC (multi-line)",
				"550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\n"
						+ "550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\n"
						+ "550 5.7.26 this was a legitimate mail. - gsmtp");
		replies.put("Exim bounce, mailbox full", "Diagnostic-Code: smtp; SMTP error from remote mail server after "
				+ "RCPT TO:<alice@example.net>: host mx.example.net [192.0.2.12]: 552 5.2.2 <alice@example.net>: "
				+ "Mailbox full");
		return Collections.unmodifiableMap(replies);
	}

}
