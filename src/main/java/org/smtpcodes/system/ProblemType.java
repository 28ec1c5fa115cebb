package org.smtpcodes.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * A type of problem the service answers with: its {@code type} URI is
 * {@code /problems/<slug>}, where a page says what it means, and its title, detail and
 * page text are the messages {@code problem.<slug>.title}, {@code .detail} and
 * {@code .about}. The generic types below answer the errors of HTTP itself; features add
 * their own ({@link ProblemTypes}).
 *
 * @param slug the type's name in its URI, e.g. {@code malformed-code}
 * @param status the HTTP status answered with this type
 */
public record ProblemType(String slug, HttpStatus status) {

	/** A request the service cannot read. */
	public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", HttpStatus.BAD_REQUEST);

	/** A query parameter with a value the service does not accept. */
	public static final ProblemType INVALID_PARAMETER = new ProblemType("invalid-parameter", HttpStatus.BAD_REQUEST);

	/** A required query parameter that is missing. */
	public static final ProblemType MISSING_PARAMETER = new ProblemType("missing-parameter", HttpStatus.BAD_REQUEST);

	/** A cross-origin request that the CORS settings do not allow. */
	public static final ProblemType CORS_REJECTED = new ProblemType("cors-rejected", HttpStatus.FORBIDDEN);

	/** A path that does not exist. */
	public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND);

	/** A method the path does not support. */
	public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
			HttpStatus.METHOD_NOT_ALLOWED);

	/** An Accept header the service cannot satisfy. */
	public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE);

	/** A request body that is too large. */
	public static final ProblemType CONTENT_TOO_LARGE = new ProblemType("content-too-large",
			HttpStatus.CONTENT_TOO_LARGE);

	/** A URI that is too long. */
	public static final ProblemType URI_TOO_LONG = new ProblemType("uri-too-long", HttpStatus.URI_TOO_LONG);

	/** A request body of a media type or content coding the service does not read. */
	public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
			HttpStatus.UNSUPPORTED_MEDIA_TYPE);

	/** Request header fields that are too large or too many. */
	public static final ProblemType HEADERS_TOO_LARGE = new ProblemType("headers-too-large",
			HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);

	/** A failure of the service itself. */
	public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error",
			HttpStatus.INTERNAL_SERVER_ERROR);

	/**
	 * A request that uses a part of HTTP the service does not implement, such as an
	 * unknown transfer coding.
	 */
	public static final ProblemType NOT_IMPLEMENTED = new ProblemType("not-implemented", HttpStatus.NOT_IMPLEMENTED);

	/** The service is not ready, or too busy. */
	public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", HttpStatus.SERVICE_UNAVAILABLE);

	/** A request in a version of HTTP the service does not speak. */
	public static final ProblemType HTTP_VERSION_NOT_SUPPORTED = new ProblemType("http-version-not-supported",
			HttpStatus.HTTP_VERSION_NOT_SUPPORTED);

	/** The types of the service's own: those of HTTP and of the request's parameters. */
	static final List<ProblemType> GENERIC = List.of(BAD_REQUEST, INVALID_PARAMETER, MISSING_PARAMETER, CORS_REJECTED,
			NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONTENT_TOO_LARGE, URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE,
			HEADERS_TOO_LARGE, INTERNAL_ERROR, NOT_IMPLEMENTED, UNAVAILABLE, HTTP_VERSION_NOT_SUPPORTED);

	// the type of every error of a status that has no type of its own
	private static final Map<Integer, ProblemType> BY_STATUS = List
		.of(BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONTENT_TOO_LARGE, URI_TOO_LONG,
				UNSUPPORTED_MEDIA_TYPE, HEADERS_TOO_LARGE, INTERNAL_ERROR, NOT_IMPLEMENTED, UNAVAILABLE,
				HTTP_VERSION_NOT_SUPPORTED)
		.stream()
		.collect(Collectors.toUnmodifiableMap((type) -> type.status().value(), Function.identity()));

	/** The type URI, relative to the service. */
	public URI uri() {
		return URI.create("/problems/" + this.slug);
	}

	/** The prefix of the type's messages. */
	public String key() {
		return "problem." + this.slug;
	}

	/**
	 * The type of an error of the given status that has no type of its own; other
	 * statuses map by their class.
	 */
	public static ProblemType forStatus(HttpStatusCode status) {
		ProblemType type = BY_STATUS.get(status.value());
		if (type != null) {
			return type;
		}
		return status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST;
	}

}
