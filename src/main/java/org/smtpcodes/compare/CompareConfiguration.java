package org.smtpcodes.compare;

import org.smtpcodes.system.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The problems {@code /compare} answers with beside those of HTTP.
 */
@Configuration(proxyBeanMethods = false)
class CompareConfiguration {

	@Bean
	ProblemTypes compareProblemTypes() {
		return ProblemTypes.of(SameCode.TYPE);
	}

}
