package org.smtpcodes.system;

import org.junit.jupiter.api.Test;
import org.smtpcodes.codes.TestCatalogue;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing the language of an answer.
 */
class LanguageNegotiationTests {

	private final LanguageNegotiation negotiation = new LanguageNegotiation(TestCatalogue.load());

	@Test
	void answersInTheDefaultLanguageWithoutPreference() {
		assertThat(this.negotiation.negotiate(null, null)).isEqualTo("en");
		assertThat(this.negotiation.negotiate("", " ")).isEqualTo("en");
	}

	@Test
	void followsAcceptLanguageByQuality() {
		assertThat(this.negotiation.negotiate(null, "ja")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate(null, "ja-JP,ja;q=0.9")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate(null, "en;q=0.5, ja;q=0.8")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate(null, "ja;q=0.4, en;q=0.8")).isEqualTo("en");
		assertThat(this.negotiation.negotiate(null, "fr-CH, fr;q=0.9, ja;q=0.7, *;q=0.5")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate(null, "ja;q=0")).isEqualTo("en");
	}

	@Test
	void fallsBackToEnglishForLanguagesItDoesNotHold() {
		assertThat(this.negotiation.negotiate(null, "fr, de;q=0.9")).isEqualTo("en");
		assertThat(this.negotiation.negotiate("fr", "ja")).isEqualTo("en");
	}

	@Test
	void letsTheParameterOverrideTheHeader() {
		assertThat(this.negotiation.negotiate("ja", "en")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate("JA-jp", null)).isEqualTo("ja");
		assertThat(this.negotiation.negotiate("en", "ja")).isEqualTo("en");
	}

	@Test
	void survivesMalformedHeaders() {
		assertThat(this.negotiation.negotiate(null, "ja;q=abc")).isEqualTo("en");
		assertThat(this.negotiation.negotiate(null, "ja;q=2")).isEqualTo("en");
		assertThat(this.negotiation.negotiate(null, ";;,,,;q=;")).isEqualTo("en");
		assertThat(this.negotiation.negotiate(null, "ja;q=0.5;x=1, ,en;q=0.1")).isEqualTo("ja");
		assertThat(this.negotiation.negotiate(null, "x".repeat(10_000) + ",ja")).isEqualTo("ja");
	}

	@Test
	void saysWhichLanguageItChoseOnEveryAnswer() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/codes/451");
		request.addHeader("Accept-Language", "ja");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.negotiation.doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Content-Language")).isEqualTo("ja");
		assertThat(response.getHeaders("Vary")).contains("Accept-Language");
		assertThat(this.negotiation.resolveLocale(request).getLanguage()).isEqualTo("ja");
	}

}
