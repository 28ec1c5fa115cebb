package org.smtpcodes.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.mvc.condition.RequestCondition;

/**
 * Lets a page handler whose URL also answers JSON ({@link AlsoJson}) take a request only
 * when the request prefers {@code text/html}: among the media ranges of its
 * {@code Accept}, by quality and then specificity as the service reads them, the first
 * that takes HTML or JSON takes HTML and not JSON. A browser's
 * {@code text/html,...,*}{@code /*;q=0.8} gets the page; no {@code Accept},
 * {@code *}{@code /*}, {@code application/json}, {@code application/json, text/html} and
 * {@code text/html;q=0.5, application/json} get JSON. Spring MVC's comparison of
 * {@code produces} alone cannot say this: the JSON handlers declare no {@code produces}
 * (so that a bad code is a 400 or 404 whatever the {@code Accept}), and a handler that
 * produces {@code text/html} then wins whenever the header names HTML at all, whatever
 * its quality.
 */
final class HtmlPreferred implements RequestCondition<HtmlPreferred> {

	private final ContentNegotiationManager negotiation;

	HtmlPreferred(ContentNegotiationManager negotiation) {
		this.negotiation = negotiation;
	}

	@Override
	public HtmlPreferred combine(HtmlPreferred other) {
		return this;
	}

	@Override
	public HtmlPreferred getMatchingCondition(HttpServletRequest request) {
		if (CorsUtils.isPreFlightRequest(request)) {
			return this;
		}
		// most API requests name no range that takes HTML (none, */*, application/json):
		// they are answered JSON without reading the header's ranges
		if (!namesHtml(request.getHeaders(HttpHeaders.ACCEPT))) {
			return null;
		}
		List<MediaType> accepted;
		try {
			accepted = this.negotiation.resolveMediaTypes(new ServletWebRequest(request));
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			return null;
		}
		for (MediaType range : accepted) {
			// a range that takes both (*/*) leaves JSON, the default
			if (range.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				return null;
			}
			if (range.isCompatibleWith(MediaType.TEXT_HTML)) {
				return this;
			}
		}
		return null;
	}

	// whether a range of the header can take HTML before */*: text/html or text/*
	private static boolean namesHtml(Enumeration<String> values) {
		while (values != null && values.hasMoreElements()) {
			String value = values.nextElement().toLowerCase(Locale.ROOT);
			if (value.contains("html") || value.contains("text/*")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public int compareTo(HtmlPreferred other, HttpServletRequest request) {
		return 0;
	}

	/**
	 * Marks a page handler whose URL answers JSON too: it takes only the requests that
	 * prefer HTML.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface AlsoJson {

	}

}
