package org.smtpcodes.codes;

import org.smtpcodes.system.AnswerShortcut;
import org.smtpcodes.system.HttpProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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

	@Bean
	FilterRegistrationBean<CodeDocumentShortcut> codeDocumentShortcut(CodeAnswers answers, LocaleResolver localeResolver,
			HttpProperties properties) {
		return AnswerShortcut.registration(new CodeDocumentShortcut(answers, localeResolver, properties));
	}

	@Bean
	FilterRegistrationBean<CodeListShortcut> codeListShortcut(CodeAnswers answers, LocaleResolver localeResolver,
			HttpProperties properties) {
		return AnswerShortcut.registration(new CodeListShortcut(answers, localeResolver, properties));
	}

	@Bean
	Catalogue catalogue(CatalogueProperties properties, ResourcePatternResolver resources, MessageSource messages) {
		return new CatalogueLoader(properties.languages(), messages).load(resources, properties.extra());
	}

}
