package org.smtpcodes.system;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatusCode;

/**
 * The types of problem the service answers with; each has a page at {@code /problems/<slug>}.
 */
public enum ProblemType {

	/** A code that is neither NNN nor C.S.D. */
	MALFORMED_CODE(400, false),

	/** A query parameter with a value the service does not accept. */
	INVALID_PARAMETER(400, false),

	/** A required query parameter that is missing. */
	MISSING_PARAMETER(400, false),

	/** A comparison of a code with itself. */
	SAME_CODE(400, false),

	/** An empty text to explain. */
	EMPTY_REPLY(400, false),

	/** A text with more lines than any reply has. */
	TOO_MANY_LINES(413, false),

	/** A well-formed reply code that the catalogue lacks. */
	UNKNOWN_CODE(404, false),

	/** An enhanced code whose subject the registry does not define. */
	UNKNOWN_SUBJECT(404, false),

	/** A registered detail in a class where it is never used. */
	CODE_NOT_IN_CLASS(404, false),

	/** A cross-origin request that the CORS settings do not allow. */
	CORS_REJECTED(403, false),

	/** A whole message sent to /explain, which reads one reply. */
	WHOLE_MESSAGE(422, false),

	/** A message sent to /bounces that reports no delivery. */
	NOT_A_BOUNCE(422, false),

	/** Every bounce reader busy for as long as a request may wait. */
	READERS_BUSY(503, false),

	/** A request the service cannot read. */
	BAD_REQUEST(400, true),

	/** A path that does not exist. */
	NOT_FOUND(404, true),

	/** A method the path does not support. */
	METHOD_NOT_ALLOWED(405, true),

	/** An Accept header the service cannot satisfy. */
	NOT_ACCEPTABLE(406, true),

	/** A request body that is too large. */
	CONTENT_TOO_LARGE(413, true),

	/** A URI that is too long. */
	URI_TOO_LONG(414, true),

	/** A request body of a media type or content coding the service does not read. */
	UNSUPPORTED_MEDIA_TYPE(415, true),

	/** Request header fields that are too large or too many. */
	HEADERS_TOO_LARGE(431, true),

	/** A failure of the service itself. */
	INTERNAL_ERROR(500, true),

	/** A request that uses a part of HTTP the service does not implement, such as an unknown transfer coding. */
	NOT_IMPLEMENTED(501, true),

	/** The service is not ready. */
	UNAVAILABLE(503, true),

	/** A request in a version of HTTP the service does not speak. */
	HTTP_VERSION_NOT_SUPPORTED(505, true);

	private static final Map<Integer, ProblemType> BY_STATUS = Arrays.stream(values())
		.filter((type) -> type.generic)
		.collect(Collectors.toUnmodifiableMap(ProblemType::status, Function.identity()));

	private final int status;

	// the type of every error of its status that has no type of its own
	private final boolean generic;

	ProblemType(int status, boolean generic) {
		this.status = status;
		this.generic = generic;
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

	/** The type of an error of the given status that has no type of its own; other statuses map by their class. */
	static ProblemType forStatus(HttpStatusCode status) {
		ProblemType type = BY_STATUS.get(status.value());
		if (type != null) {
			return type;
		}
		return status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST;
	}

	/** The type of the given slug, or null. */
	static ProblemType ofSlug(String slug) {
		return Arrays.stream(values()).filter((type) -> type.slug().equals(slug)).findFirst().orElse(null);
	}

}
