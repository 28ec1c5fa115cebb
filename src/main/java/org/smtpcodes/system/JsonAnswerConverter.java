package org.smtpcodes.system;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes an answer serialized once ({@link JsonAnswer}) as {@code application/json}, and as nothing else: a
 * request whose {@code Accept} allows no JSON gets 406 once the handler has answered, so that a malformed or
 * unknown code is still a 400 or 404 problem whatever the {@code Accept}.
 */
class JsonAnswerConverter extends AbstractHttpMessageConverter<JsonAnswer> {

	JsonAnswerConverter() {
		super(MediaType.APPLICATION_JSON);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return JsonAnswer.class == type;
	}

	@Override
	public boolean canRead(Class<?> type, MediaType mediaType) {
		return false;
	}

	@Override
	protected JsonAnswer readInternal(Class<? extends JsonAnswer> type, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("Answers are written, never read", input);
	}

	@Override
	protected void writeInternal(JsonAnswer answer, HttpOutputMessage output) throws IOException {
		output.getBody().write(answer.body());
	}

	@Override
	protected Long getContentLength(JsonAnswer answer, MediaType contentType) {
		return (long) answer.body().length;
	}

}
