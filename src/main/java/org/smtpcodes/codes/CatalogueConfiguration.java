package org.smtpcodes.codes;

import org.smtpcodes.system.LanguageResolver;
import org.smtpcodes.system.ProblemTypes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Loads the catalogue once, at startup: a catalogue that fails validation stops the
 * start. Its languages are those the service answers in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogueProperties.class)
class CatalogueConfiguration {

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LanguageResolver localeResolver(Catalogue catalogue) {
		return new LanguageResolver(catalogue.languages(), catalogue.defaultLanguage());
	}

	@Bean
	ProblemTypes codeProblemTypes() {
		return ProblemTypes.of(MalformedCode.TYPE, UnknownCode.Why.REPLY_CODE.type(), UnknownCode.Why.SUBJECT.type(),
				UnknownCode.Why.CLASS.type());
	}

	@Bean
	Catalogue catalogue(CatalogueProperties properties, ResourcePatternResolver resources, MessageSource messages) {
		return new CatalogueLoader(properties.languages(), messages).load(resources, properties.extra());
	}

}
