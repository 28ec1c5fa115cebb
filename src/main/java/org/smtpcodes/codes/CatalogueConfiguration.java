package org.smtpcodes.codes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
	Catalogue catalogue(CatalogueProperties properties, ResourcePatternResolver resources, MessageSource messages) {
		return new CatalogueLoader(properties.languages(), messages).load(resources, properties.extra());
	}

}
