package org.smtpcodes.system;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Writes the JSON answers of GET requests: the bytes with their weak ETag and the cache policy, or 304 when
 * the client's {@code If-None-Match} names the same bytes.
 */
@Component
public class Answers {

	private final JsonMapper json;

	private final CacheControl cacheControl;

	Answers(JsonMapper json, HttpProperties properties) {
		this.json = json;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic();
	}

	/** Serializes a value as the service does everywhere. */
	public JsonAnswer serialize(Object value) {
		return JsonAnswer.of(this.json.writeValueAsBytes(value));
	}

	/**
	 * The answer to a GET request.
	 * @param answer the bytes and their ETag
	 * @param request the request, for its If-None-Match
	 * @return 200 with the answer (written as JSON by {@link JsonAnswerConverter} where the request accepts
	 * it), or null when {@code checkNotModified} has already answered 304
	 */
	public ResponseEntity<JsonAnswer> respond(JsonAnswer answer, WebRequest request) {
		if (request.checkNotModified(answer.etag())) {
			return null;
		}
		// Content-Disposition says what browsers do anyway; without it Spring MVC's guard against reflected file
		// downloads names the answer f.txt whenever the path ends like a file extension (/codes/5.1.1), though
		// these answers reflect nothing of the request
		return ResponseEntity.ok()
			.eTag(answer.etag())
			.cacheControl(this.cacheControl)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(answer);
	}

}
