package org.smtpcodes.system;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Hidden;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.HtmlUtils;

/**
 * The page of each problem type, which the {@code type} URI of a problem answer points
 * at.
 */
@RestController
@Hidden
class ProblemTypesController {

	private final MessageSource messages;

	private final Map<String, ProblemType> types;

	ProblemTypesController(MessageSource messages, List<ProblemTypes> features) {
		this.messages = messages;
		this.types = Stream.concat(ProblemType.GENERIC.stream(), features.stream().flatMap((f) -> f.types().stream()))
			.collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));
	}

	@GetMapping(path = "/problems/{slug}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String slug, Locale locale, HttpServletRequest request)
			throws NoResourceFoundException {
		ProblemType type = this.types.get(slug);
		if (type == null) {
			// answered as every unknown path is: a not-found problem
			throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI(), slug);
		}
		String title = HtmlUtils.htmlEscape(this.messages.getMessage(type.key() + ".title", null, locale));
		String about = HtmlUtils.htmlEscape(this.messages.getMessage(type.key() + ".about", null, locale));
		String html = """
				<!DOCTYPE html>
				<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
				<body><h1>%s</h1><p>HTTP status %d.</p><p>%s</p><p><a href="/swagger-ui.html">API documentation</a></p></body></html>
				"""
			.formatted(locale.getLanguage(), title, title, type.status().value(), about);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
	}

}
