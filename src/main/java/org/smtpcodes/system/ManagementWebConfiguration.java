package org.smtpcodes.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The management port's web setup (the actuator runs in a child context with a server of its own): the
 * same checks of the request target, and a problem detail for every error there too.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementWebConfiguration {

	@Bean
	FilterRegistrationBean<RequestTargets> managementRequestTargets(Problems problems, LocaleResolver languages,
			@Value("${spring.web.error.path:/error}") String errorPath) {
		FilterRegistrationBean<RequestTargets> registration = new FilterRegistrationBean<>(
				new RequestTargets(problems, languages, errorPath));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EmptyErrors> managementEmptyErrors(Problems problems, LocaleResolver languages) {
		FilterRegistrationBean<EmptyErrors> registration = new FilterRegistrationBean<>(new EmptyErrors(problems, languages));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
		return registration;
	}

}
