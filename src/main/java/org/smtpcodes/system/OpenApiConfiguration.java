package org.smtpcodes.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: the API's summary, and examples taken from what the service really answers,
 * rendered at startup from the live catalogue and problem factory.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI smtpCodesOpenApi() {
		return new OpenAPI()
			.info(new Info().title("smtp-codes")
				.version("1")
				.description("What an SMTP reply means: every reply code (RFC 5321, its extensions, and the "
						+ "non-standard codes seen in the wild) and every enhanced status code of the IANA registry, "
						+ "with what to do next. Errors are RFC 9457 problem details. The API is public and read-only: "
						+ "no operation needs authentication."))
			.addServersItem(new Server().url("/").description("This service"));
	}

	@Bean
	OpenApiCustomizer liveExamples(ApiExamples examples, JsonMapper json) {
		return (openApi) -> {
			Operation code = operation(openApi, "/codes/{code}");
			if (code != null) {
				for (Map.Entry<String, Supplier<Object>> example : examples.codes().entrySet()) {
					addExample(code, "200", "application/json", example.getKey(), example.getValue(), json);
				}
				examples.codeProblems(Locale.ENGLISH).forEach((name, problem) -> addExample(code,
						Integer.toString(problem.getStatus()), "application/problem+json", name, () -> problem, json));
			}
			Operation compare = operation(openApi, "/compare");
			if (compare != null) {
				addExample(compare, "200", "application/json", "220 vs 451", examples::comparison, json);
				examples.compareProblems(Locale.ENGLISH).forEach((name, problem) -> addExample(compare,
						Integer.toString(problem.getStatus()), "application/problem+json", name, () -> problem, json));
			}
			PathItem explain = (openApi.getPaths() != null) ? openApi.getPaths().get("/explain") : null;
			if (explain != null && explain.getPost() != null) {
				Operation post = explain.getPost();
				examples.replies().forEach((name, reply) -> {
					if (post.getRequestBody() != null && post.getRequestBody().getContent() != null) {
						MediaType body = post.getRequestBody().getContent().get("application/json");
						if (body != null) {
							if (body.getExamples() == null) {
								body.setExamples(new LinkedHashMap<>());
							}
							body.getExamples().put(name, new Example().summary(name)
								.value(Map.of("reply", reply)));
						}
					}
					addExample(post, "200", "application/json", name, () -> examples.explanation(reply), json);
				});
				addExample(post, "400", "application/problem+json", "empty reply",
						() -> examples.problems().emptyReply(Locale.ENGLISH), json);
				addExample(post, "413", "application/problem+json", "body too large",
						() -> examples.problems().contentTooLarge(16 * 1024, Locale.ENGLISH), json);
			}
			Operation list = operation(openApi, "/codes");
			if (list != null) {
				addExample(list, "200", "application/json", "class 4 reply codes", examples::codeList, json);
				addExample(list, "400", "application/problem+json", "invalid class",
						() -> examples.invalidParameter(Locale.ENGLISH), json);
			}
		};
	}

	private static Operation operation(OpenAPI openApi, String path) {
		PathItem item = (openApi.getPaths() != null) ? openApi.getPaths().get(path) : null;
		return (item != null) ? item.getGet() : null;
	}

	private static void addExample(Operation operation, String status, String mediaType, String name,
			Supplier<Object> value, JsonMapper json) {
		ApiResponse response = operation.getResponses().get(status);
		if (response == null || response.getContent() == null) {
			return;
		}
		MediaType media = response.getContent().get(mediaType);
		if (media == null) {
			media = response.getContent().values().iterator().next();
		}
		if (media.getExamples() == null) {
			media.setExamples(new LinkedHashMap<>());
		}
		media.getExamples().put(name, new Example().summary(name).value(json.convertValue(value.get(), Map.class)));
	}

}
