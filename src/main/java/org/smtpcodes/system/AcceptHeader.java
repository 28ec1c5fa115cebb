package org.smtpcodes.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Reads {@code Accept} as RFC 9110 section 12.5.1 has it, where Spring's own strategy
 * does not: a media range with {@code q=0} is one the client does not accept
 * ({@code application/json;q=0} means "not JSON"). When every range the client lists has
 * {@code q=0}, nothing is acceptable and the answer is 406 (a problem is still written,
 * as {@code application/problem+json}). A header that cannot be parsed counts as absent
 * ({@link RequestHeaders}). A request's header is read by each handler that may answer it
 * and again by what writes the answer, so the ranges of the headers clients send are kept
 * by their text ({@value #KEPT} of them at most).
 */
class AcceptHeader implements ContentNegotiationStrategy {

	// a media type that no answer has: what a client accepts when it refuses everything
	// it lists
	static final MediaType NOTHING = new MediaType("application", "x.nothing-acceptable");

	/**
	 * How many distinct headers are kept read, and how long each may be: browsers and
	 * libraries send a few short ones.
	 */
	static final int KEPT = 256;

	private static final int KEPT_LENGTH = 512;

	// the headers read, by their text: a request's Accept is read by each handler that
	// may answer it and again when the answer is written
	private final Map<String, List<MediaType>> read = new ConcurrentHashMap<>();

	@Override
	public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
		String[] values = request.getHeaderValues(HttpHeaders.ACCEPT);
		if (values == null || values.length == 0) {
			return MEDIA_TYPE_ALL_LIST;
		}
		String key = (values.length == 1) ? values[0] : String.join("\n", values);
		List<MediaType> known = this.read.get(key);
		if (known == null) {
			known = read(values);
			if (this.read.size() < KEPT && key.length() <= KEPT_LENGTH) {
				this.read.put(key, known);
			}
		}
		// a copy: a caller may sort what it gets
		return new ArrayList<>(known);
	}

	private static List<MediaType> read(String[] values) {
		List<MediaType> listed;
		try {
			listed = MediaType.parseMediaTypes(List.of(values));
		}
		catch (InvalidMediaTypeException | InvalidMimeTypeException ex) {
			return MEDIA_TYPE_ALL_LIST;
		}
		if (listed.isEmpty()) {
			return MEDIA_TYPE_ALL_LIST;
		}
		List<MediaType> accepted = new ArrayList<>(
				listed.stream().filter((type) -> type.getQualityValue() > 0).toList());
		if (accepted.isEmpty()) {
			return List.of(NOTHING);
		}
		MimeTypeUtils.sortBySpecificity(accepted);
		return accepted;
	}

}
