package org.smtpcodes.explain;

import org.smtpcodes.system.BodyLimit;
import org.smtpcodes.system.ProblemTypes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The size of the texts {@code /explain} takes, and the problems it answers with beside those of HTTP.
 */
@Configuration(proxyBeanMethods = false)
class ExplainConfiguration {

	@Bean
	BodyLimit explainBodyLimit() {
		return new BodyLimit("/explain", ExplainController.MAX_SIZE);
	}

	@Bean
	ProblemTypes explainProblemTypes() {
		return ProblemTypes.of(EmptyReply.TYPE, TooManyLines.TYPE, WholeMessage.TYPE);
	}

}
