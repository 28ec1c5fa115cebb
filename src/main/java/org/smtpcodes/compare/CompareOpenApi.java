package org.smtpcodes.compare;

import io.swagger.v3.oas.models.Operation;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.system.MissingParameter;
import org.smtpcodes.system.OpenApiExamples;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The examples of {@code GET /compare} in the OpenAPI description: a comparison and the
 * problems of the live service, rendered at startup.
 */
@Configuration(proxyBeanMethods = false)
class CompareOpenApi {

	@Bean
	OpenApiCustomizer compareExamples(Comparisons comparisons, Catalogue catalogue, OpenApiExamples examples) {
		String language = catalogue.defaultLanguage();
		return (openApi) -> {
			Operation compare = OpenApiExamples.operation(openApi, "/compare", false);
			if (compare == null) {
				return;
			}
			examples.answer(compare, 200, "220 vs 451", () -> comparisons.compare("220", "451", language));
			examples.problem(compare, "malformed code",
					OpenApiExamples.failure(() -> comparisons.compare("451", "45x", language)));
			examples.problem(compare, "unknown code",
					OpenApiExamples.failure(() -> comparisons.compare("456", "451", language)));
			examples.problem(compare, "same code twice",
					OpenApiExamples.failure(() -> comparisons.compare("451", "451", language)));
			examples.problem(compare, "missing parameter", new MissingParameter("b"));
		};
	}

}
