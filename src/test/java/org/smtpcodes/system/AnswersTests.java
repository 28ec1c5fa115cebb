package org.smtpcodes.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which requests get the gzip form of a kept answer: {@code Accept-Encoding} read as RFC
 * 9110 section 12.5.3 says, a weight of 0 refusing a coding.
 */
class AnswersTests {

	@Test
	void sendsGzipWhenTheClientAcceptsIt() {
		assertThat(acceptsGzip("gzip")).isTrue();
		assertThat(acceptsGzip("gzip, deflate, br, zstd")).isTrue();
		assertThat(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
		assertThat(acceptsGzip("x-gzip")).isTrue();
		assertThat(acceptsGzip("GZIP")).isTrue();
		assertThat(acceptsGzip("*")).isTrue();
		assertThat(acceptsGzip("*;q=0, gzip")).isTrue();
		assertThat(acceptsGzip("gzip ; q=0.001")).isTrue();
	}

	@Test
	void sendsTheBytesAsTheyAreOtherwise() {
		assertThat(acceptsGzip(null)).isFalse();
		assertThat(acceptsGzip("")).isFalse();
		assertThat(acceptsGzip("identity")).isFalse();
		assertThat(acceptsGzip("br, deflate")).isFalse();
		assertThat(acceptsGzip("gzip;q=0")).isFalse();
		assertThat(acceptsGzip("gzip;q=0, *")).isFalse();
		assertThat(acceptsGzip("*;q=0")).isFalse();
		assertThat(acceptsGzip("gzip;q=abc")).isFalse();
		assertThat(acceptsGzip("gzip;q=2")).isFalse();
	}

	private static boolean acceptsGzip(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/451");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		return Answers.acceptsGzip(request);
	}

}
