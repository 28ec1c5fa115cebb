package org.smtpcodes.bounces;

import org.smtpcodes.system.BodyLimit;
import org.smtpcodes.system.ProblemTypes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounce reader's settings, and the size of the messages {@code POST /bounces} takes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BouncesProperties.class)
class BouncesConfiguration {

	@Bean
	ProblemTypes bounceProblemTypes() {
		return ProblemTypes.of(NotABounce.TYPE, ReadersBusy.TYPE);
	}

	@Bean
	BodyLimit bouncesBodyLimit(BouncesProperties properties) {
		return new BodyLimit("/bounces", properties.maxSize().toBytes());
	}

}
