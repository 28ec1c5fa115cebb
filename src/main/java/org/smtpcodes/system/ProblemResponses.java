package org.smtpcodes.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The problem answers of the API, for its OpenAPI description. Their examples are added from the live
 * problem factory by {@link OpenApiConfiguration}, so that they show what the service really answers.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** 400 for a malformed code, 404 for an unknown one. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "The code is malformed: the answer names the accepted formats",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The catalogue lacks the code: the answer suggests near codes",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	public @interface CodeErrors {

	}

	/** 400 for a missing, malformed or repeated code, 404 for an unknown one. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "A code is missing or malformed, or the same code is given twice: "
			+ "the answer names the parameter",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The catalogue lacks a code: the answer names the parameter and "
			+ "suggests near codes",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	public @interface CompareErrors {

	}

	/** 400 for an empty or unreadable request, 413 for one over the limits, 415 for another media type. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "The text is empty or missing, or the body cannot be read",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "The body is over 16 KiB, or the text has more than 100 lines",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	public @interface ExplainErrors {

	}

	/** 400 for a parameter value the service does not accept. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "A parameter has a value the service does not accept",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	public @interface BadRequest {

	}

}
