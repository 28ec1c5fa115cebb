package org.smtpcodes.maillog;

import org.smtpcodes.system.BodyLimit;
import org.smtpcodes.system.ProblemTypes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The log reader's settings, its problem types, and the size of the logs
 * {@code POST /mail-log} takes.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailLogProperties.class)
class MailLogConfiguration {

	@Bean
	ProblemTypes mailLogProblemTypes() {
		return ProblemTypes.of(EmptyLog.TYPE, NotALog.TYPE, BrokenGzip.TYPE, LogReadersBusy.TYPE);
	}

	@Bean
	BodyLimit mailLogBodyLimit(MailLogProperties properties) {
		return new BodyLimit(MailLogs.PATH, properties.maxSize().toBytes());
	}

}
