package org.smtpcodes.explain;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CatalogueProperties;
import org.smtpcodes.system.BodyLimit;
import org.smtpcodes.system.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The bounce rules, loaded once at startup from the catalogue's files and the operator's
 * extra file (rules that fail validation stop the start, as a broken catalogue does); the
 * size of the texts {@code /explain} takes; and the problems it answers with beside those
 * of HTTP.
 */
@Configuration(proxyBeanMethods = false)
class ExplainConfiguration {

	@Bean
	BounceRules bounceRules(Catalogue catalogue, CatalogueProperties properties, ResourcePatternResolver resources) {
		return BounceRulesLoader.load(catalogue, resources, properties.extra());
	}

	@Bean
	BodyLimit explainBodyLimit() {
		return new BodyLimit("/explain", ExplainController.MAX_SIZE);
	}

	@Bean
	ProblemTypes explainProblemTypes() {
		return ProblemTypes.of(EmptyReply.TYPE, TooManyLines.TYPE, WholeMessage.TYPE, NoReply.TYPE);
	}

}
