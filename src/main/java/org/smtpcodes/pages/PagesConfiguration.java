package org.smtpcodes.pages;

import java.lang.reflect.Method;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.condition.RequestCondition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages' settings, problems written as pages for a browser, after every other
 * converter ({@link ProblemPages}), and the pages of the API's URLs chosen only for
 * requests that prefer HTML ({@link HtmlPreferred}).
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

	@Bean
	WebMvcRegistrations pageMappings() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PageMappings();
			}

		};
	}

	/**
	 * Spring MVC's mappings, with {@link HtmlPreferred} on the pages that have a JSON
	 * twin.
	 */
	static class PageMappings extends RequestMappingHandlerMapping {

		@Override
		protected RequestCondition<?> getCustomMethodCondition(Method method) {
			return method.isAnnotationPresent(HtmlPreferred.AlsoJson.class)
					? new HtmlPreferred(getContentNegotiationManager()) : null;
		}

	}

}
