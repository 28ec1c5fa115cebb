package org.smtpcodes.system;

import java.util.List;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Web setup: Tomcat's connector with a deadline for request heads; the checks of request
 * targets and bodies; errors that Tomcat answers itself, and errors without a body, as
 * problem details too; strict JSON bodies and {@code Accept} read as RFC 9110 has it;
 * CORS for the public, read-only API. The service's filters run in this order after the
 * language filter ({@link LanguageConfiguration}), so that each answers in the request's
 * language.
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

	// JSON request bodies read strictly: a field given twice, or a number or boolean
	// where a string belongs, is a client's mistake (a 400), not something to guess at
	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		return (builder) -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.withCoercionConfig(LogicalType.Textual,
					(coercion) -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new AcceptHeader()));
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/**")
			.allowedOrigins(this.properties.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods(this.properties.corsAllowedMethods().toArray(String[]::new))
			.maxAge(3600);
	}

	@Bean
	FilterRegistrationBean<RequestHeaders> requestHeaders() {
		FilterRegistrationBean<RequestHeaders> registration = new FilterRegistrationBean<>(new RequestHeaders());
		registration.setOrder(LanguageConfiguration.ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestTargets> requestTargets(Problems problems,
			@Value("${spring.web.error.path:/error}") String errorPath) {
		FilterRegistrationBean<RequestTargets> registration = new FilterRegistrationBean<>(
				new RequestTargets(problems, errorPath));
		registration.setOrder(LanguageConfiguration.ORDER + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestBodies> requestBodies(Problems problems, List<BodyLimit> limits) {
		FilterRegistrationBean<RequestBodies> registration = new FilterRegistrationBean<>(
				new RequestBodies(problems, limits));
		registration.setOrder(LanguageConfiguration.ORDER + 3);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EmptyErrors> emptyErrors(Problems problems) {
		FilterRegistrationBean<EmptyErrors> registration = new FilterRegistrationBean<>(new EmptyErrors(problems));
		registration.setOrder(LanguageConfiguration.ORDER + 4);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ResponseHeaders> responseHeaders() {
		FilterRegistrationBean<ResponseHeaders> registration = new FilterRegistrationBean<>(new ResponseHeaders());
		registration.setOrder(LanguageConfiguration.ORDER + 5);
		return registration;
	}

	// Tomcat's connector with a deadline for a request's head (server.tomcat.* sets its
	// connection cap and timeouts: application.yaml, where the figures that chose them
	// are)
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> headDeadline() {
		return (factory) -> {
			factory.setProtocol(HeadDeadlineProtocol.class.getName());
			factory.addProtocolHandlerCustomizers((handler) -> {
				if (handler instanceof HeadDeadlineProtocol protocol) {
					protocol.setRequestHeadTimeout(this.properties.requestHeadTimeout().toMillis());
				}
			});
		};
	}

	// Tomcat's own error reports as problems: the host finds a valve of its error report
	// class already there and adds none of its own
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports(ObjectProvider<Problems> problems,
			ObjectProvider<LocaleResolver> languages) {
		return (factory) -> factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProblemReportValve(problems::getObject, languages::getObject));
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		});
	}

}
