package org.smtpcodes.explain;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.system.Answer;
import org.smtpcodes.system.Answers;
import org.smtpcodes.system.MissingParameter;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /explain}, {@code GET /explain?reply=...} and {@code GET /reasons}.
 */
@RestController
@Tag(name = "explain", description = "What a raw reply or a bounce's diagnostic text means")
class ExplainController {

	/** The largest body accepted, in bytes after decoding. */
	static final int MAX_SIZE = 16 * 1024;

	private final Explainer explainer;

	// the reasons, serialized once per language
	private final Map<String, Answer> reasons = new ConcurrentHashMap<>();

	private final BounceRules rules;

	private final Answers answers;

	ExplainController(Explainer explainer, BounceRules rules, Answers answers) {
		this.explainer = explainer;
		this.rules = rules;
		this.answers = answers;
	}

	@PostMapping(path = "/explain", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Explain a reply or a bounce's diagnostic text",
			description = "A single reply line, a multi-line reply (550- continuation lines), or a bounce's "
					+ "diagnostic text (Diagnostic-Code: smtp; ..., or the wrapper of Postfix, Exim, Sendmail, "
					+ "Microsoft ...). Answers the codes found, the human text, hard or soft bounce, the reason "
					+ "class (see /reasons), whether to retry, what to do now, the provider when the text "
					+ "identifies one, the evidence for the reason, and findings about the reply itself. The reply "
					+ "read is the first line with a reply code, with the lines of a multi-line reply it opens; what "
					+ "follows (a returned message) is read neither for codes nor for words. When the enhanced "
					+ "code's class disagrees with the reply code's, the reply code decides retry, bounce and "
					+ "advice, and a class-mismatch finding says so. A text with no reply code, no enhanced "
					+ "code and none of the words the rules read (hello world) is answered with a 422 problem of "
					+ "type /problems/no-reply rather than a guessed reason; words alone (mailbox full) are "
					+ "explained. The body is at most 16 KiB and 100 lines; text/plain is accepted too.")
	@ApiResponse(responseCode = "200", description = "The explanation",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Explanation.class)))
	@ExplainErrors
	Explanation explain(@RequestBody ExplainRequest request, Locale locale) {
		if (request.reply() == null) {
			throw new MissingParameter("reply");
		}
		return explain(request.reply(), locale);
	}

	@PostMapping(path = "/explain", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Explain a reply or a bounce's diagnostic text, sent as plain text",
			description = "The same as the JSON form, with the reply as the whole body.")
	@ApiResponse(responseCode = "200", description = "The explanation",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Explanation.class)))
	@ExplainErrors
	Explanation explainText(@RequestBody(required = false) String reply, Locale locale) {
		return explain((reply != null) ? reply : "", locale);
	}

	@PostMapping(path = "/explain", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "Explain a reply or a bounce's diagnostic text, sent as a form",
			description = "The same as the JSON form, with the reply in the form field reply, as an HTML form sends "
					+ "it. A browser that asks for HTML gets the explanation as a page.")
	@ApiResponse(responseCode = "200", description = "The explanation",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Explanation.class)))
	@ExplainErrors
	Explanation explainForm(@Parameter(description = "The reply or diagnostic text") @RequestParam String reply,
			Locale locale) {
		return explain(reply, locale);
	}

	@GetMapping("/explain")
	@Operation(summary = "Explain a short reply given in the query",
			description = "The same as POST /explain, for replies that fit in a query of at most 4 KiB as sent "
					+ "(percent-encoded); a longer query is refused with 414.")
	@ApiResponse(responseCode = "200", description = "The explanation",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Explanation.class)))
	@ExplainErrors
	void explainQuery(@Parameter(description = "The reply or diagnostic text",
			example = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown") @RequestParam String reply,
			Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		this.answers.write(this.answers.serialize(explain(reply, locale)), request, response);
	}

	@GetMapping(path = "/reasons", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The reason classes /explain can answer",
			description = "Every reason class (the taxonomy of Sisimai, so that results compare with it), what it "
					+ "means, whether it makes a hard bounce (always, never, or when permanent), and what to do.")
	@ApiResponse(responseCode = "200", description = "The reasons, in the order the rules try them",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					array = @ArraySchema(schema = @Schema(implementation = ReasonDescription.class))))
	void reasons(Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		Answer answer = this.reasons.computeIfAbsent(locale.getLanguage(),
				(language) -> this.answers.keep(reasons(language)));
		this.answers.write(answer, request, response);
	}

	private List<ReasonDescription> reasons(String language) {
		return this.rules.reasons().stream().map((reason) -> {
			BounceRules.ReasonText text = this.rules.text(reason.id(), language);
			String hard = switch (reason.hard()) {
				case ALWAYS -> "always";
				case NEVER -> "never";
				case WHEN_PERMANENT -> "when permanent";
			};
			return new ReasonDescription(reason.id(), text.description(), hard, reason.failure(), text.action());
		}).toList();
	}

	private Explanation explain(String reply, Locale locale) {
		return this.explainer.explainReply(reply, locale.getLanguage());
	}

	/**
	 * The JSON form of a request.
	 *
	 * @param reply the reply or diagnostic text
	 */
	record ExplainRequest(@Schema(description = "The reply or diagnostic text",
			example = "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown") String reply) {
	}

	/**
	 * A reason class.
	 *
	 * @param reason its identifier
	 * @param description what it means
	 * @param hardBounce {@code always}, {@code never} or {@code when permanent}
	 * @param failure whether it reports a failure (delivered and vacation do not)
	 * @param action what to do
	 */
	record ReasonDescription(String reason, String description, String hardBounce, boolean failure, String action) {
	}

}
