package org.smtpcodes.compare;

import org.smtpcodes.system.HttpProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves the comparisons already asked for without going through Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

	// after language negotiation and the header filters, before Spring MVC
	@Bean
	FilterRegistrationBean<ComparisonShortcut> comparisonShortcut(ComparisonAnswers answers,
			LocaleResolver localeResolver, HttpProperties properties) {
		FilterRegistrationBean<ComparisonShortcut> registration = new FilterRegistrationBean<>(
				new ComparisonShortcut(answers, localeResolver, properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

}
