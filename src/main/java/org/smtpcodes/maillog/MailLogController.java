package org.smtpcodes.maillog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.smtpcodes.system.InvalidParameter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /mail-log}: a mail server's log in, what happened to the mail out.
 */
@RestController
@Tag(name = "mail-log", description = "Mail server logs: every delivery counted, the failures grouped and explained")
class MailLogController {

	/** One JSON value per line (the NDJSON convention). */
	static final String NDJSON = "application/x-ndjson";

	/** The most groups of one kind an answer lists. */
	static final int MAX_SHOWN = 1000;

	private final MailLogs logs;

	MailLogController(MailLogs logs) {
		this.logs = logs;
	}

	@PostMapping(path = MailLogs.PATH,
			consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE, "application/gzip" },
			produces = { MediaType.APPLICATION_JSON_VALUE, NDJSON })
	@Operation(summary = "Read a mail server's log: what was delivered, deferred and bounced, and why",
			description = "The log as the server wrote it, any length up to 1 GiB (smtp-codes.mail-log.max-size), "
					+ "streamed: gzip-encoded (Content-Encoding: gzip), or a .gz file sent as it is. Lines of Postfix, "
					+ "Exim (its own log file or syslog), Sendmail and OpenSMTPD, with or without a syslog prefix "
					+ "(RFC 3164, RFC 3339, RFC 5424, journalctl -o short and short-iso), several hosts and programs "
					+ "mixed; lines that are one SMTP reply each are read too. Other lines are counted and skipped; a "
					+ "line over 16 KiB is read up to that and counted. Every failed and deferred delivery is decided "
					+ "by the same engine as /explain, and the answer groups them by reason, recipient domain, "
					+ "provider and reply (addresses, IP addresses, ids and numbers masked), largest first, with "
					+ "every delivery by sender domain. With Accept: application/x-ndjson the answer is instead one "
					+ "JSON line per delivery attempt, written as the log is read. The service keeps nothing and logs "
					+ "nothing of what it is sent.")
	@RequestBody(description = "The log", required = true)
	@ApiResponse(responseCode = "200", description = "What happened to the mail",
			content = {
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = MailLogReport.class)),
					@Content(mediaType = NDJSON, schema = @Schema(implementation = AttemptLine.class)) })
	@ApiResponse(responseCode = "400", description = "The body is empty, or its gzip data is broken",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "413", description = "The log is over the size limit",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "422", description = "No line is of a format the service reads",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "503", description = "Every reader stayed busy; Retry-After says when to try again",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	ResponseEntity<MailLogReport> log(InputStream body, @Parameter(
			description = "The most groups of each kind listed (1 to 1000); the rest are counted") @RequestParam(
					defaultValue = "20") String groups,
			@Parameter(
					description = "addresses: replace the local part of every address in the answer with *") @RequestParam(
							required = false) String mask,
			HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		MailLogs.Options options = options(groups, mask);
		if (!prefersNdjson(request.getHeader(HttpHeaders.ACCEPT))) {
			return ResponseEntity.ok(this.logs.summarise(body, options, locale.getLanguage()));
		}
		this.logs.stream(body, options, locale, () -> {
			response.setContentType(NDJSON);
			response.setCharacterEncoding("UTF-8");
			return response.getOutputStream();
		});
		return null;
	}

	static MailLogs.Options options(String groups, String mask) {
		int shown;
		try {
			shown = Integer.parseInt(groups);
		}
		catch (NumberFormatException ex) {
			shown = 0;
		}
		if (shown < 1 || shown > MAX_SHOWN) {
			throw new InvalidParameter("groups", List.of("1 to " + MAX_SHOWN));
		}
		if (mask != null && !mask.equals("addresses")) {
			throw new InvalidParameter("mask", List.of("addresses"));
		}
		return new MailLogs.Options(shown, mask != null);
	}

	// NDJSON when the client names it, and names JSON, if at all, with no higher quality:
	// an Accept that does not name it (none, */*, application/*) gets JSON
	static boolean prefersNdjson(String accept) {
		if (accept == null || !accept.contains(NDJSON)) {
			return false;
		}
		List<MediaType> types = MediaType.parseMediaTypes((accept.length() > 512) ? accept.substring(0, 512) : accept);
		double ndjson = 0;
		double json = 0;
		for (MediaType type : types) {
			if (type.getType().equals("application") && type.getSubtype().equals("x-ndjson")) {
				ndjson = Math.max(ndjson, type.getQualityValue());
			}
			else if (type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				json = Math.max(json, type.getQualityValue());
			}
		}
		return ndjson > 0 && ndjson >= json;
	}

}
