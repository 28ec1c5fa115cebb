package org.smtpcodes.system;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.HttpStatusCode;

/**
 * The types of problem the service answers with; each has a page at {@code /problems/<slug>}.
 */
public enum ProblemType {

	/** A code that is neither NNN nor C.S.D. */
	MALFORMED_CODE(400),

	/** A query parameter with a value the service does not accept. */
	INVALID_PARAMETER(400),

	/** A required query parameter that is missing. */
	MISSING_PARAMETER(400),

	/** A comparison of a code with itself. */
	SAME_CODE(400),

	/** An empty text to explain. */
	EMPTY_REPLY(400),

	/** A text with more lines than any reply has. */
	TOO_MANY_LINES(413),

	/** A well-formed reply code that the catalogue lacks. */
	UNKNOWN_CODE(404),

	/** An enhanced code whose subject the registry does not define. */
	UNKNOWN_SUBJECT(404),

	/** A registered detail in a class where it is never used. */
	CODE_NOT_IN_CLASS(404),

	/** A request the service cannot read. */
	BAD_REQUEST(400),

	/** A cross-origin request that the CORS settings do not allow. */
	CORS_REJECTED(403),

	/** A path that does not exist. */
	NOT_FOUND(404),

	/** A method the path does not support. */
	METHOD_NOT_ALLOWED(405),

	/** An Accept header the service cannot satisfy. */
	NOT_ACCEPTABLE(406),

	/** A request body that is too large. */
	CONTENT_TOO_LARGE(413),

	/** A URI that is too long. */
	URI_TOO_LONG(414),

	/** A request body of a media type the service does not read. */
	UNSUPPORTED_MEDIA_TYPE(415),

	/** Request headers that are too large. */
	HEADERS_TOO_LARGE(431),

	/** A failure of the service itself. */
	INTERNAL_ERROR(500),

	/** The service is not ready. */
	UNAVAILABLE(503);

	private final int status;

	ProblemType(int status) {
		this.status = status;
	}

	/** The HTTP status answered with this type. */
	public int status() {
		return this.status;
	}

	/** The slug of the type, e.g. {@code malformed-code}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The type URI, relative to the service. */
	public URI uri() {
		return URI.create("/problems/" + slug());
	}

	String key() {
		return "problem." + slug();
	}

	/** The type of a framework error of the given status; other statuses map by their class. */
	static ProblemType forStatus(HttpStatusCode status) {
		return Arrays.stream(values())
			.filter((type) -> type.status == status.value() && type.ordinal() >= BAD_REQUEST.ordinal())
			.findFirst()
			.orElse(status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST);
	}

	/** The type of the given slug, or null. */
	static ProblemType ofSlug(String slug) {
		return Arrays.stream(values()).filter((type) -> type.slug().equals(slug)).findFirst().orElse(null);
	}

}
