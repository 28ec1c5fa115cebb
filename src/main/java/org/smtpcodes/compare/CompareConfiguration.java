package org.smtpcodes.compare;

import org.smtpcodes.system.AnswerShortcut;
import org.smtpcodes.system.HttpProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Serves the comparisons already asked for without going through Spring MVC.
 */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

	@Bean
	FilterRegistrationBean<ComparisonShortcut> comparisonShortcut(ComparisonAnswers answers,
			LocaleResolver localeResolver, HttpProperties properties) {
		return AnswerShortcut.registration(new ComparisonShortcut(answers, localeResolver, properties));
	}

}
