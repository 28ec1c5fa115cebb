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
 * The problem answers of the API, for its OpenAPI description. Their examples are added
 * from the live problem factory by {@link OpenApiConfiguration}, so that they show what
 * the service really answers.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** 400 for a parameter value the service does not accept. */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@ApiResponse(responseCode = "400", description = "A parameter has a value the service does not accept",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	public @interface BadRequest {

	}

}
