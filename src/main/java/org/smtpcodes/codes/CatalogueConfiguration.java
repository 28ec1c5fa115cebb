package org.smtpcodes.codes;

import org.smtpcodes.system.HttpProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the catalogue once, at startup: a catalogue that fails validation stops the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueConfiguration {

	// after language negotiation and the header filters, before Spring MVC
	@Bean
	FilterRegistrationBean<CodeDocumentShortcut> codeDocumentShortcut(CodeAnswers answers, LocaleResolver localeResolver,
			HttpProperties properties) {
		FilterRegistrationBean<CodeDocumentShortcut> registration = new FilterRegistrationBean<>(
				new CodeDocumentShortcut(answers, localeResolver, properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CodeListShortcut> codeListShortcut(CodeAnswers answers, LocaleResolver localeResolver,
			HttpProperties properties) {
		FilterRegistrationBean<CodeListShortcut> registration = new FilterRegistrationBean<>(
				new CodeListShortcut(answers, localeResolver, properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
		return registration;
	}

	@Bean
	Catalogue catalogue(CatalogueProperties properties, ResourcePatternResolver resources, MessageSource messages) {
		return new CatalogueLoader(properties.languages(), messages).load(resources, properties.extra());
	}

}
