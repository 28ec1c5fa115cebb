package org.smtpcodes.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Writes the JSON answers of GET requests, the one place that does: the bytes serialized
 * once, with their weak ETag and the cache policy, or 304 when the client's
 * {@code If-None-Match} names the same bytes. The controllers call it last, after they
 * have found the answer (so that a malformed or unknown code is a 400 or 404 problem
 * whatever the {@code Accept}); a request whose {@code Accept}, as Spring MVC's content
 * negotiation reads it, allows no JSON gets 406.
 */
@Component
public class Answers {

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

	private final JsonMapper json;

	private final ContentNegotiationManager negotiation;

	private final String cacheControl;

	Answers(JsonMapper json, ContentNegotiationManager mvcContentNegotiationManager, HttpProperties properties) {
		this.json = json;
		this.negotiation = mvcContentNegotiationManager;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
	}

	/** Serializes a value as the service does everywhere. */
	public JsonAnswer serialize(Object value) {
		return JsonAnswer.of(this.json.writeValueAsBytes(value));
	}

	/**
	 * Answers a GET request: 200 with the answer, or 304.
	 * @param answer the bytes and their ETag
	 * @param request the request, for its Accept and If-None-Match
	 * @param response its response (a handler that takes it has answered the request
	 * itself, for Spring MVC)
	 * @throws HttpMediaTypeNotAcceptableException when the request accepts no JSON
	 * @throws IOException when the client is gone
	 */
	public void write(JsonAnswer answer, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		ServletWebRequest webRequest = new ServletWebRequest(request, response);
		if (this.negotiation.resolveMediaTypes(webRequest)
			.stream()
			.noneMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
			throw new HttpMediaTypeNotAcceptableException(JSON);
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		if (webRequest.checkNotModified(answer.etag())) {
			return;
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

}
