package org.smtpcodes.compare;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.smtpcodes.system.Answers;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /compare?a=220&b=451}.
 */
@RestController
@Tag(name = "compare", description = "How two codes differ")
class CompareController {

	private final ComparisonAnswers serialized;

	private final Answers answers;

	CompareController(ComparisonAnswers serialized, Answers answers) {
		this.serialized = serialized;
		this.answers = answers;
	}

	@GetMapping("/compare")
	@Operation(summary = "How two codes differ",
			description = "Any two codes of the catalogue: two reply codes, two enhanced codes, or a reply code and an "
					+ "enhanced code (two layers of one reply). The answer gives each code's summary, a summary "
					+ "sentence that contrasts them, the aspects in which they differ (and the important ones they "
					+ "share), which to use when, and the catalogue's hand-written notes for pairs people confuse. "
					+ "Swapping a and b mirrors the answer.")
	@ApiResponse(responseCode = "200", description = "The comparison",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Comparison.class)))
	@CompareErrors
	void compare(
			@Parameter(description = "A code: a reply code (220) or an enhanced status code (5.1.1)",
					example = "220") @RequestParam String a,
			@Parameter(description = "Another code", example = "451") @RequestParam String b, Locale locale,
			HttpServletRequest request, HttpServletResponse response)
			throws HttpMediaTypeNotAcceptableException, IOException {
		this.answers.write(this.serialized.answer(a, b, locale.getLanguage()), request, response);
	}

}
