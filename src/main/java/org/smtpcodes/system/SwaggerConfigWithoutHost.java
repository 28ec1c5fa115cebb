package org.smtpcodes.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.webmvc.ui.SwaggerConfigResource;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Takes the {@code oauth2RedirectUrl} out of Swagger UI's configuration: springdoc builds
 * it from the request's {@code Host} header, so that anyone could make the service say
 * another host's name. The API has no OAuth, and Swagger UI falls back on the page's own
 * address.
 */
@ControllerAdvice(assignableTypes = SwaggerConfigResource.class)
class SwaggerConfigWithoutHost implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return Map.class.isAssignableFrom(returnType.getParameterType());
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof Map<?, ?> config && config.containsKey("oauth2RedirectUrl")) {
			Map<Object, Object> copy = new LinkedHashMap<>(config);
			copy.remove("oauth2RedirectUrl");
			return copy;
		}
		return body;
	}

}
