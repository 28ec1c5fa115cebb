package org.smtpcodes.system;

import java.io.IOException;
import java.util.Collection;
import java.util.Enumeration;
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
 * Writes the answers of GET requests, JSON and pages, the one place that does: the bytes
 * written once, with their weak ETag and the cache policy, or 304 when the client's
 * {@code If-None-Match} names the same bytes. The controllers call it last, after they
 * have found the answer (so that a malformed or unknown code is a 400 or 404 problem
 * whatever the {@code Accept}); a request whose {@code Accept}, as Spring MVC's content
 * negotiation reads it, does not allow the answer's media type gets 406. A kept answer
 * goes to a client that accepts gzip in the gzip form it was compressed into once.
 */
@Component
public class Answers {

	private final JsonMapper json;

	private final ContentNegotiationManager negotiation;

	private final String cacheControl;

	Answers(JsonMapper json, ContentNegotiationManager mvcContentNegotiationManager, HttpProperties properties) {
		this.json = json;
		this.negotiation = mvcContentNegotiationManager;
		this.cacheControl = CacheControl.maxAge(properties.cacheMaxAge()).cachePublic().getHeaderValue();
	}

	/** Serializes a value as the service does everywhere, for one answer. */
	public Answer serialize(Object value) {
		return Answer.of(this.json.writeValueAsBytes(value));
	}

	/**
	 * Serializes a value for an answer that is kept and served many times, with its gzip
	 * form.
	 */
	public Answer keep(Object value) {
		return Answer.kept(this.json.writeValueAsBytes(value));
	}

	/**
	 * Answers a GET request: 200 with the answer, or 304. The answer varies with
	 * {@code Accept}, since the same URL answers a page to a browser.
	 * @param answer the bytes and their ETag
	 * @param request the request, for its Accept and If-None-Match
	 * @param response its response (a handler that takes it has answered the request
	 * itself, for Spring MVC)
	 * @throws HttpMediaTypeNotAcceptableException when the request does not accept the
	 * answer's media type
	 * @throws IOException when the client is gone
	 */
	public void write(Answer answer, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		ServletWebRequest webRequest = new ServletWebRequest(request, response);
		if (this.negotiation.resolveMediaTypes(webRequest).stream().noneMatch(answer.type()::isCompatibleWith)) {
			throw new HttpMediaTypeNotAcceptableException(List.of(answer.type()));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		// one Vary header, as the server writes it when it compresses
		Collection<String> vary = response.getHeaders(HttpHeaders.VARY);
		String varies = (answer.gzip() != null) ? HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING
				: HttpHeaders.ACCEPT;
		response.setHeader(HttpHeaders.VARY, vary.isEmpty() ? varies : String.join(", ", vary) + ", " + varies);
		if (webRequest.checkNotModified(answer.etag())) {
			return;
		}
		response.setContentType(answer.type().toString());
		byte[] body = answer.body();
		if (answer.gzip() != null && acceptsGzip(request)) {
			// compressed once, when the answer was kept: the server leaves an answer with
			// a content coding as it is
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			body = answer.gzip();
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * Whether the request's {@code Accept-Encoding} allows gzip (RFC 9110 section
	 * 12.5.3): named with a weight above 0, or not named and allowed by {@code *}. Read
	 * here, since Tomcat's parser drops the codings of weight 0 that refuse gzip.
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		double gzip = -1;
		double any = -1;
		while (headers != null && headers.hasMoreElements()) {
			for (String element : headers.nextElement().split(",", 64)) {
				int semicolon = element.indexOf(';');
				String coding = ((semicolon >= 0) ? element.substring(0, semicolon) : element).strip();
				double weight = (semicolon >= 0) ? weight(element.substring(semicolon + 1)) : 1;
				if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
					gzip = Math.max(gzip, weight);
				}
				else if (coding.equals("*")) {
					any = Math.max(any, weight);
				}
			}
		}
		return (gzip >= 0) ? gzip > 0 : any > 0;
	}

	// the weight of "q=0.5", 0 when it is malformed (RFC 9110 section 12.4.2: at most
	// three decimals, from 0 to 1)
	private static double weight(String parameters) {
		String parameter = parameters.strip();
		if (parameter.length() < 3 || parameter.length() > 7
				|| (parameter.charAt(0) != 'q' && parameter.charAt(0) != 'Q') || parameter.charAt(1) != '=') {
			return 0;
		}
		String value = parameter.substring(2);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < '0' || c > '9') && !(c == '.' && i == 1)) {
				return 0;
			}
		}
		double weight = Double.parseDouble(value);
		return (weight <= 1) ? weight : 0;
	}

}
