package org.smtpcodes.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.res.StringManager;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the requests it refuses before any servlet sees them (a malformed URI, an
 * illegal character, headers that are too large): a problem detail like every other error, in place of
 * Tomcat's HTML page, and without the server's name or version.
 */
public class ProblemReportValve extends ErrorReportValve {

	/** Tomcat's limit on the number of header fields of a request (its maxHeaderCount, which Boot leaves). */
	static final int MAX_HEADER_COUNT = 100;

	// what Tomcat says when the request line and header fields do not fit max-http-request-header-size, and
	// when there are more header fields than its maxHeaderCount (100)
	private static final String HEAD_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
		.getString("iib.requestheadertoolarge.error");

	private static final String TOO_MANY_HEADERS = prefix(
			StringManager.getManager("org.apache.tomcat.util.http").getString("headers.maxCountFail", "\u0000"));

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		ProblemType type;
		String detail = null;
		if (status == 400 && throwable != null && HEAD_TOO_LARGE.equals(throwable.getMessage())) {
			// the request line comes first: if its URI was not read whole, the URI is what did not fit
			boolean uriRead = !request.getCoyoteRequest().requestURI().isNull();
			type = uriRead ? ProblemType.HEADERS_TOO_LARGE : ProblemType.URI_TOO_LONG;
		}
		else if (status == 400 && throwable != null && throwable.getMessage() != null
				&& throwable.getMessage().startsWith(TOO_MANY_HEADERS)) {
			type = ProblemType.HEADERS_TOO_LARGE;
			detail = text("problem.headers-too-large.count", MAX_HEADER_COUNT);
		}
		else {
			HttpStatus httpStatus = HttpStatus.resolve(status);
			type = ProblemType.forStatus((httpStatus != null) ? httpStatus : HttpStatus.BAD_REQUEST);
		}
		response.setStatus(type.status());
		String json = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + json(text(type.key() + ".title"))
				+ "\",\"status\":" + type.status() + ",\"detail\":\""
				+ json((detail != null) ? detail : text(type.key() + ".detail")) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed: nothing more can be said
		}
	}

	// the part of a message before its argument
	private static String prefix(String message) {
		int argument = message.indexOf('\u0000');
		return (argument >= 0) ? message.substring(0, argument) : message;
	}

	private static String text(String key, Object... arguments) {
		try {
			String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString(key);
			return new MessageFormat(pattern, Locale.ROOT).format(arguments);
		}
		catch (MissingResourceException ex) {
			return key;
		}
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> escaped.append("\\\"");
				case '\\' -> escaped.append("\\\\");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", (int) c));
					}
					else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

}
