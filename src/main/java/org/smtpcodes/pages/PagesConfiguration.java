package org.smtpcodes.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' settings, and problems written as pages for a browser, after every other
 * converter ({@link ProblemPages}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PagesProperties.class)
class PagesConfiguration implements WebMvcConfigurer {

	// the pages need Spring MVC's resource URLs, which are built after the converters
	private final ObjectProvider<Pages> pages;

	PagesConfiguration(ObjectProvider<Pages> pages) {
		this.pages = pages;
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList((converters) -> converters.add(new ProblemPages(this.pages)));
	}

}
