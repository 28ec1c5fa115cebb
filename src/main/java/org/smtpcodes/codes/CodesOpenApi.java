package org.smtpcodes.codes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import org.smtpcodes.system.InvalidParameter;
import org.smtpcodes.system.OpenApiExamples;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The examples of {@code GET /codes/{code}} and {@code GET /codes} in the OpenAPI
 * description: answers and problems of the live catalogue, rendered at startup.
 */
@Configuration(proxyBeanMethods = false)
class CodesOpenApi {

	@Bean
	OpenApiCustomizer codesExamples(Catalogue catalogue, OpenApiExamples examples) {
		String language = catalogue.defaultLanguage();
		return (openApi) -> {
			Operation code = OpenApiExamples.operation(openApi, "/codes/{code}", false);
			if (code != null) {
				for (String example : List.of("451", "5.1.1", "4.7.99")) {
					examples.answer(code, 200, example, () -> catalogue.require(example, language));
				}
				examples.problem(code, "malformed code",
						OpenApiExamples.failure(() -> catalogue.require("45x", language)));
				examples.problem(code, "unknown reply code",
						OpenApiExamples.failure(() -> catalogue.require("456", language)));
				examples.problem(code, "unknown subject",
						OpenApiExamples.failure(() -> catalogue.require("4.9.1", language)));
			}
			Operation list = OpenApiExamples.operation(openApi, "/codes", false);
			if (list != null) {
				examples.answer(list, 200, "class 4 reply codes", () -> codeList(catalogue, language));
				examples.problem(list, "invalid class", new InvalidParameter("class", List.of("2", "3", "4", "5")));
			}
		};
	}

	private static Map<String, Object> codeList(Catalogue catalogue, String language) {
		List<CodeSummary> codes = catalogue.list(CodeDocument.REPLY, 4, null, language).subList(0, 2);
		Catalogue.Provenance provenance = catalogue.provenance();
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("catalogue",
				Map.of("version", provenance.version(), "registryUpdated", provenance.registryUpdated().toString()));
		list.put("count", codes.size());
		list.put("codes", codes);
		return list;
	}

}
