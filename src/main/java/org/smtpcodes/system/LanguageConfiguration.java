package org.smtpcodes.system;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The language of every answer, decided once per request by the {@link LanguageResolver}
 * that the application declares (the languages are those its content is written in), and
 * its description in the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	/**
	 * Where the language filter runs: after Spring's request context filter (at -105), so
	 * that nothing resets the locale it sets, and before the service's own filters, which
	 * answer in it.
	 */
	static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 104;

	@Bean
	FilterRegistrationBean<LanguageFilter> languageFilter(LanguageResolver languages) {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(
				new LanguageFilter(languages));
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	GlobalOperationCustomizer languageParameters(LanguageResolver languages) {
		return (operation, handler) -> {
			// an operation served by two handlers (POST /explain: JSON and plain text) is
			// customised twice
			if (operation.getParameters() != null && operation.getParameters()
				.stream()
				.anyMatch((parameter) -> LanguageResolver.PARAMETER.equals(parameter.getName()))) {
				return operation;
			}
			operation.addParametersItem(new QueryParameter().name(LanguageResolver.PARAMETER)
				.description("The language of the answer, overriding Accept-Language: one of " + languages.languages()
						+ "; any other falls back to " + languages.defaultLanguage())
				.required(false)
				.schema(new StringSchema()._enum(languages.languages())));
			operation.addParametersItem(new HeaderParameter().name("Accept-Language")
				.description("Preferred languages with q-values, e.g. ja, en;q=0.8; the answer's Content-Language "
						+ "says which was chosen")
				.required(false)
				.schema(new StringSchema()));
			return operation;
		};
	}

}
