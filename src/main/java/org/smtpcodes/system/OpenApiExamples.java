package org.smtpcodes.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * Adds examples to the OpenAPI description from what the service really answers: each
 * feature renders its own answers and problems at startup and adds them to its operations
 * with this.
 */
@Component
public class OpenApiExamples {

	private final JsonMapper json;

	private final Problems problems;

	OpenApiExamples(JsonMapper json, Problems problems) {
		this.json = json;
		this.problems = problems;
	}

	/** The GET or POST operation of a path, or null when the document has none. */
	public static Operation operation(OpenAPI openApi, String path, boolean post) {
		PathItem item = (openApi.getPaths() != null) ? openApi.getPaths().get(path) : null;
		if (item == null) {
			return null;
		}
		return post ? item.getPost() : item.getGet();
	}

	/**
	 * Adds an example to one of an operation's responses, as the service writes it in
	 * JSON.
	 * @param operation the operation
	 * @param status the response's status, e.g. {@code 200}
	 * @param name the example's name
	 * @param value the answer
	 */
	public void answer(Operation operation, int status, String name, Supplier<Object> value) {
		ApiResponse response = operation.getResponses().get(Integer.toString(status));
		if (response == null || response.getContent() == null || response.getContent().isEmpty()) {
			return;
		}
		MediaType media = response.getContent().values().iterator().next();
		if (media.getExamples() == null) {
			media.setExamples(new LinkedHashMap<>());
		}
		media.getExamples()
			.put(name, new Example().summary(name).value(this.json.convertValue(value.get(), Map.class)));
	}

	/**
	 * Adds the problem of an error, in English, as an example of the operation's response
	 * of its status.
	 * @param operation the operation
	 * @param name the example's name
	 * @param error the error
	 */
	public void problem(Operation operation, String name, ErrorResponse error) {
		ProblemDetail problem = this.problems.of(error, Locale.ENGLISH);
		answer(operation, problem.getStatus(), name, () -> problem);
	}

	/**
	 * The error that an action throws, for {@link #problem}: an example of a problem
	 * comes from the code that answers it.
	 * @param failing the action, expected to fail
	 * @return its error
	 */
	public static ErrorResponse failure(Runnable failing) {
		try {
			failing.run();
		}
		catch (RuntimeException ex) {
			if (ex instanceof ErrorResponse error) {
				return error;
			}
			throw ex;
		}
		throw new IllegalStateException("The example was expected to fail");
	}

}
