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

import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the requests it refuses before any servlet sees them (a malformed URI, an
 * illegal character, headers that are too large): a problem detail like every other error, in place of
 * Tomcat's HTML page, and without the server's name or version.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus httpStatus = HttpStatus.resolve(status);
		ProblemType type = ProblemType.forStatus((httpStatus != null) ? httpStatus : HttpStatus.BAD_REQUEST);
		String json = "{\"type\":\"" + type.uri() + "\",\"title\":\"" + json(text(type, "title")) + "\",\"status\":"
				+ status + ",\"detail\":\"" + json(text(type, "detail")) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
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

	private static String text(ProblemType type, String part) {
		try {
			String pattern = ResourceBundle.getBundle("messages", Locale.ROOT).getString("problem." + type.slug() + "." + part);
			return new MessageFormat(pattern, Locale.ROOT).format(new Object[0]);
		}
		catch (MissingResourceException ex) {
			return type.name();
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
