package org.smtpcodes.bounces;

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

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /bounces}: a whole bounce message (or a mailbox of them) in, every
 * recipient explained.
 */
@RestController
@Tag(name = "bounces", description = "Whole bounce messages: every recipient explained")
class BouncesController {

	/** A mailbox in the mbox format (RFC 4155). */
	static final String MBOX = "application/mbox";

	/** The media types of one message. */
	static final List<String> MESSAGE = List.of("message/rfc822", MediaType.TEXT_PLAIN_VALUE, "message/global");

	private final Bounces bounces;

	BouncesController(Bounces bounces) {
		this.bounces = bounces;
	}

	@PostMapping(path = "/bounces", consumes = { "message/rfc822", MediaType.TEXT_PLAIN_VALUE, "message/global" },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Explain every recipient of a bounce message",
			description = "The whole bounce as it was received (message/rfc822; text/plain whose text is a message is "
					+ "read the same): an RFC 3464 delivery status notification, an RFC 5965 feedback report, an "
					+ "automatic reply, or the bounce format of an MTA or provider (Postfix, Sendmail, Exim, qmail, "
					+ "Microsoft Exchange, Gmail ...). Answers the format it was read as, what identifies the message "
					+ "that bounced, and for each recipient, in the message's order, what the message says (action, "
					+ "status, reply code, diagnostic, SMTP command, remote MTA) and what the service decides from all "
					+ "of it (reason, hard or soft, retry, what to do, provider). Any line ends; up to 10 MiB "
					+ "(smtp-codes.bounces.max-size), gzip-encoded if you like. The returned message's body is never "
					+ "read.")
	@RequestBody(description = "The bounce message, whole", required = true)
	@ApiResponse(responseCode = "200", description = "What the message says of each recipient",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BounceReport.class)))
	@ApiResponse(responseCode = "422", description = "The message reports no delivery",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "413", description = "The message is over the size limit",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	@ApiResponse(responseCode = "503", description = "Every reader stayed busy; Retry-After says when to try again",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	BounceReport message(InputStream body, HttpServletRequest request, Locale locale) throws IOException {
		return this.bounces.readMessage(body, request.getContentLengthLong(), locale.getLanguage());
	}

	@PostMapping(path = "/bounces",
			consumes = { MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE })
	@Operation(summary = "Explain every recipient of a bounce message sent as a form",
			description = "The same as the message form, as an HTML form sends it: the whole message in the form field "
					+ "message, or as the file of the field file (multipart/form-data). A browser that asks for HTML "
					+ "gets the report as a page.")
	@ApiResponse(responseCode = "200", description = "What the message says of each recipient",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BounceReport.class)))
	@ApiResponse(responseCode = "422", description = "The message reports no delivery",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	BounceReport form(
			@Parameter(description = "The bounce message, whole") @RequestParam(required = false) String message,
			@Parameter(description = "The bounce message as a file") @RequestParam(required = false) MultipartFile file,
			Locale locale) throws IOException {
		return this.bounces.readForm(message, file, locale.getLanguage());
	}

	@PostMapping(path = "/bounces", consumes = MBOX, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Explain every bounce of a mailbox",
			description = "A mailbox in the mbox format (messages separated by \"From \" lines, as mail servers store "
					+ "bounces): a report for each message, in order, up to 1,000 messages "
					+ "(smtp-codes.bounces.max-messages) and 10 MiB. A message that is not a bounce is listed as such.")
	@RequestBody(description = "The mailbox", required = true)
	@ApiResponse(responseCode = "200", description = "A report per message",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = MailboxReport.class)))
	@ApiResponse(responseCode = "413", description = "The mailbox is over the size limit",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	MailboxReport mailbox(InputStream body, HttpServletRequest request, Locale locale) throws IOException {
		return this.bounces.readMailbox(body, request.getContentLengthLong(), locale.getLanguage());
	}

}
