package org.smtpcodes.explain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ProblemDetail;

/**
 * The problems of {@code /explain} in the OpenAPI description: 400 for an empty or
 * unreadable request, 413 for one over the limits, 422 for a text that is not one reply.
 * That is a problem, not a 200 with a guessed reason: a client that acts on
 * {@code reason} cannot mistake "not a reply" for a reading, and the status says it
 * without parsing the body.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "The text is empty or missing, or the body cannot be read",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "413", description = "The body is over 16 KiB, or the text has more than 100 lines",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422",
		description = "The text is not one reply: it holds no SMTP reply (no reply code, no enhanced code, none of "
				+ "the words the rules read; type /problems/no-reply), or it is a whole message, which POST /bounces "
				+ "reads (type /problems/whole-message)",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@interface ExplainErrors {

}
