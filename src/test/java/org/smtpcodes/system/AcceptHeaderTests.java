package org.smtpcodes.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AcceptHeader}: the ranges of a header by quality and specificity, q=0 as "not
 * this", and the same ranges from a header it has read before.
 */
class AcceptHeaderTests {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final AcceptHeader accept = new AcceptHeader();

	@Test
	void readsTheRangesByQualityAndSpecificity() {
		assertThat(read("text/html;q=0.5, application/json")).extracting(MediaType::toString)
			.containsExactly("application/json", "text/html;q=0.5");
		assertThat(read(BROWSER).get(0)).isEqualTo(MediaType.TEXT_HTML);
		assertThat(read(BROWSER).get(3).toString()).isEqualTo("*/*;q=0.8");
		assertThat(read(null)).containsExactly(MediaType.ALL);
		assertThat(read("application/json;q=0")).containsExactly(AcceptHeader.NOTHING);
		assertThat(read("not a media type")).containsExactly(MediaType.ALL);
	}

	@Test
	void answersAHeaderReadBeforeWithTheSameRangesInAListOfItsOwn() {
		List<MediaType> first = read(BROWSER);
		// a caller that reorders what it gets changes nothing for the next
		MimeTypeUtils.sortBySpecificity(first);
		first.add(MediaType.IMAGE_PNG);
		first.sort((a, b) -> b.toString().compareTo(a.toString()));
		List<MediaType> second = read(BROWSER);
		assertThat(second).extracting(MediaType::toString)
			.containsExactly("text/html", "application/xhtml+xml", "application/xml;q=0.9", "*/*;q=0.8");
		assertThat(second).isNotSameAs(read(BROWSER));
	}

	@Test
	void keepsNoMoreHeadersThanItsBound() {
		for (int i = 0; i < AcceptHeader.KEPT + 50; i++) {
			assertThat(read("application/x-test" + i + ", text/html;q=0.5").get(0).getSubtype())
				.isEqualTo("x-test" + i);
		}
		// past the bound, a header is still read right, only not kept
		assertThat(read("application/x-late, text/html;q=0.5").get(0).getSubtype()).isEqualTo("x-late");
	}

	private List<MediaType> read(String header) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (header != null) {
			request.addHeader("Accept", header);
		}
		return this.accept.resolveMediaTypes(new ServletWebRequest(request));
	}

}
