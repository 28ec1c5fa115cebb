package org.smtpcodes.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The management port's web setup (the actuator runs in a child context with a server of
 * its own): the same checks of the request target, and a problem detail for every error
 * there too.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
class ManagementWebConfiguration {

	@Bean
	FilterRegistrationBean<LanguageFilter> managementLanguageFilter(ObjectProvider<LocaleResolver> languages) {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(
				new LanguageFilter(languages.getObject()));
		registration.setOrder(LanguageConfiguration.ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestTargets> managementRequestTargets(Problems problems,
			@Value("${spring.web.error.path:/error}") String errorPath) {
		FilterRegistrationBean<RequestTargets> registration = new FilterRegistrationBean<>(
				new RequestTargets(problems, errorPath));
		registration.setOrder(LanguageConfiguration.ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EmptyErrors> managementEmptyErrors(Problems problems) {
		FilterRegistrationBean<EmptyErrors> registration = new FilterRegistrationBean<>(new EmptyErrors(problems));
		registration.setOrder(LanguageConfiguration.ORDER + 3);
		return registration;
	}

}
