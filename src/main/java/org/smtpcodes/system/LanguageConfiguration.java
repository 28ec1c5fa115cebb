package org.smtpcodes.system;

import java.util.List;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.smtpcodes.codes.Catalogue;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Language negotiation for every answer, and its description in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LanguageNegotiation localeResolver(Catalogue catalogue) {
		return new LanguageNegotiation(catalogue);
	}

	@Bean
	FilterRegistrationBean<LanguageNegotiation> languageNegotiationFilter(LanguageNegotiation negotiation) {
		FilterRegistrationBean<LanguageNegotiation> registration = new FilterRegistrationBean<>(negotiation);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	GlobalOperationCustomizer languageParameters(Catalogue catalogue) {
		List<String> languages = catalogue.languages();
		return (operation, handler) -> {
			// an operation served by two handlers (POST /explain: JSON and plain text) is customised twice
			if (operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch((parameter) -> LanguageNegotiation.PARAMETER.equals(parameter.getName()))) {
				return operation;
			}
			operation.addParametersItem(new QueryParameter().name(LanguageNegotiation.PARAMETER)
				.description("The language of the answer, overriding Accept-Language: one of " + languages
						+ "; any other falls back to " + catalogue.defaultLanguage())
				.required(false)
				.schema(new StringSchema()._enum(languages)));
			operation.addParametersItem(new HeaderParameter().name("Accept-Language")
				.description("Preferred languages with q-values, e.g. ja, en;q=0.8; the answer's Content-Language "
						+ "says which was chosen")
				.required(false)
				.schema(new StringSchema()));
			return operation;
		};
	}

}
