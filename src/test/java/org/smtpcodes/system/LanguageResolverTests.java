package org.smtpcodes.system;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one language decision of a request, as the running service makes it: {@code ?lang=}
 * over {@code Accept-Language} (with its q-values, as Tomcat reads the header), English
 * for anything else.
 */
@ApiTest
class LanguageResolverTests {

	@Test
	void answersInTheDefaultLanguageWithoutPreference() {
		assertThat(language(null, null)).isEqualTo("en");
		assertThat(language("", " ")).isEqualTo("en");
	}

	@Test
	void followsAcceptLanguageByQuality() {
		assertThat(language(null, "ja")).isEqualTo("ja");
		assertThat(language(null, "ja-JP,ja;q=0.9")).isEqualTo("ja");
		assertThat(language(null, "en;q=0.5, ja;q=0.8")).isEqualTo("ja");
		assertThat(language(null, "ja;q=0.4, en;q=0.8")).isEqualTo("en");
		assertThat(language(null, "fr-CH, fr;q=0.9, ja;q=0.7, *;q=0.5")).isEqualTo("ja");
		assertThat(language(null, "ja;q=0")).isEqualTo("en");
	}

	@Test
	void fallsBackToEnglishForLanguagesItDoesNotHold() {
		assertThat(language(null, "fr, de;q=0.9")).isEqualTo("en");
		assertThat(language("fr", "ja")).isEqualTo("en");
	}

	@Test
	void letsTheParameterOverrideTheHeader() {
		assertThat(language("ja", "en")).isEqualTo("ja");
		assertThat(language("JA-jp", null)).isEqualTo("ja");
		assertThat(language("en", "ja")).isEqualTo("en");
	}

	@Test
	void survivesMalformedHeaders() {
		assertThat(language(null, "ja;q=abc")).isEqualTo("en");
		assertThat(language(null, ";;,,,;q=;")).isEqualTo("en");
		// RFC 9110 section 12.5.4 allows no parameter but the weight: the range that has
		// one is dropped
		assertThat(language(null, "ja;q=0.5;x=1, ,en;q=0.1")).isEqualTo("en");
		assertThat(language(null, "ja;q=0.5, ,en;q=0.1")).isEqualTo("ja");
		assertThat(language(null, "x".repeat(4_000) + ",ja")).isEqualTo("ja");
	}

	@Test
	void saysWhichLanguageItChoseAndThatItDependsOnTheHeader() {
		var response = given().header("Accept-Language", "ja").get("/codes/451");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.header("Content-Language")).isEqualTo("ja");
		assertThat(response.headers().getValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		assertThat(response.jsonPath().getString("title"))
			.isNotEqualTo(given().get("/codes/451").jsonPath().getString("title"));
	}

	// the language of the answer to /codes/451, which must agree with its
	// Content-Language
	private static String language(String parameter, String acceptLanguage) {
		RequestSpecification request = given();
		if (parameter != null) {
			request.queryParam("lang", parameter);
		}
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		var response = request.get("/codes/451");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.header("Content-Language");
	}

}
