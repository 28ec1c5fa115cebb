package org.smtpcodes.codes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.system.Answers;
import org.smtpcodes.system.Answer;
import org.smtpcodes.system.ProblemResponses;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /codes} and {@code GET /codes/{code}}.
 */
@RestController
@Tag(name = "codes", description = "Reply codes and enhanced status codes")
class CodesController {

	private final Catalogue catalogue;

	private final CodeAnswers precomputed;

	private final Answers answers;

	CodesController(Catalogue catalogue, CodeAnswers precomputed, Answers answers) {
		this.catalogue = catalogue;
		this.precomputed = precomputed;
		this.answers = answers;
	}

	@GetMapping("/codes/{code}")
	@Operation(summary = "Everything about one code",
			description = "A reply code (451) or an enhanced status code (5.1.1): title, class, category or "
					+ "subject and detail, the standard's text, what it means, when you see it, how to fix it, "
					+ "whether to retry, references, related codes and real examples. An enhanced code whose "
					+ "detail is not registered (4.7.99) is explained from its class and subject, with "
					+ "registered=false.")
	@ApiResponse(responseCode = "200", description = "The code's document",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CodeDocument.class)))
	@CodeErrors
	void code(
			@Parameter(description = "A reply code (451) or an enhanced status code (5.1.1)",
					example = "451") @PathVariable String code,
			Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		CodeId id = CodeId.parse(code);
		Answer answer = this.precomputed.document(id.value(), locale.getLanguage());
		if (answer == null) {
			answer = this.answers.serialize(this.catalogue.require(id, locale.getLanguage()));
		}
		this.answers.write(answer, request, response);
	}

	@GetMapping("/codes")
	@Operation(summary = "All codes, as summaries",
			description = "Every reply code and every concrete enhanced status code (2.Y.Z where the registry "
					+ "calls the detail positive, 4.Y.Z and 5.Y.Z for every registered detail), filtered by kind, "
					+ "class and a search text. Says which catalogue version and IANA registry date the facts "
					+ "come from.")
	@ApiResponse(responseCode = "200", description = "The matching codes, in catalogue order",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CodeList.class)))
	@ProblemResponses.BadRequest
	void codes(
			@Parameter(description = "reply or enhanced",
					example = "reply") @RequestParam(required = false) String kind,
			@Parameter(name = "class", description = "The first digit: 2, 3, 4 or 5",
					example = "4") @RequestParam(name = "class", required = false) String classDigit,
			@Parameter(
					description = "Text to find in codes, titles and texts, ignoring case (at most "
							+ CodeFilter.MAX_QUERY_LENGTH + " characters)",
					example = "greylist") @RequestParam(required = false) String q,
			Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		CodeFilter filter = CodeFilter.of(kind, classDigit, q);
		if (filter.isEmpty()) {
			this.answers.write(this.precomputed.list(locale.getLanguage()), request, response);
			return;
		}
		List<CodeSummary> codes = this.catalogue.list(filter, locale.getLanguage());
		this.answers.write(this.answers.serialize(CodeList.of(this.catalogue, codes)), request, response);
	}

	/**
	 * The answer of {@code GET /codes}.
	 *
	 * @param catalogue where the facts come from
	 * @param count how many codes match
	 * @param codes the matching codes
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record CodeList(Source catalogue, int count, List<CodeSummary> codes) {

		static CodeList of(Catalogue catalogue, List<CodeSummary> codes) {
			Catalogue.Provenance provenance = catalogue.provenance();
			return new CodeList(new Source(provenance.version(), provenance.registryUpdated()), codes.size(), codes);
		}

	}

	/**
	 * Where the facts come from.
	 *
	 * @param version the catalogue's version
	 * @param registryUpdated the date of the IANA registry of enhanced status codes
	 */
	record Source(String version, LocalDate registryUpdated) {
	}

}
