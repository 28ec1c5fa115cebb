package org.smtpcodes.system;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Web setup: errors that Tomcat answers itself are problem details too; weak ETags and cache headers on
 * every answer; CORS for the public, read-only API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	private final HttpProperties properties;

	WebConfiguration(HttpProperties properties) {
		this.properties = properties;
	}

	@Bean
	static BeanPostProcessor problemCorsProcessor(ObjectProvider<Problems> problems, ObjectProvider<JsonMapper> json) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof AbstractHandlerMapping mapping) {
					mapping.setCorsProcessor(new ProblemCorsProcessor(problems, json));
				}
				return bean;
			}

		};
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**")
			.allowedOrigins(this.properties.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods(this.properties.corsAllowedMethods().toArray(String[]::new))
			.maxAge(3600);
	}

	// the API's answers carry their own ETags (Answers, computed once for the code documents); every other
	// GET answer gets one from its bytes; weak, so that an ETag stays right when the answer is compressed
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {

			@Override
			protected boolean shouldNotFilter(jakarta.servlet.http.HttpServletRequest request) {
				String path = request.getRequestURI();
				return path.equals("/codes") || path.startsWith("/codes/") || path.equals("/compare")
						|| path.equals("/explain");
			}

		};
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestHeaders> requestHeaders() {
		FilterRegistrationBean<RequestHeaders> registration = new FilterRegistrationBean<>(new RequestHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ResponseHeaders> responseHeaders() {
		FilterRegistrationBean<ResponseHeaders> registration = new FilterRegistrationBean<>(new ResponseHeaders());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

}
