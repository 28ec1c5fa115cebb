package org.smtpcodes.explain;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CatalogueProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the bounce rules once, at startup, from the catalogue's files and the operator's extra file: rules
 * that fail validation stop the start, as a broken catalogue does.
 */
@Configuration(proxyBeanMethods = false)
class ExplainConfiguration {

	@Bean
	BounceRules bounceRules(Catalogue catalogue, CatalogueProperties properties, ResourcePatternResolver resources) {
		return BounceRulesLoader.load(catalogue, resources, properties.extra());
	}

}
