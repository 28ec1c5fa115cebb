package org.smtpcodes.system;

import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Answers in English and Japanese, against the running application.
 */
@ApiTest
class LanguageApiTests {

	private static final String JAPANESE = ".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

	@Test
	void answersInJapaneseWhenAskedByHeader() {
		given().header("Accept-Language", "ja-JP, ja;q=0.9, en;q=0.5")
			.get("/codes/451")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.header("Vary", containsStringIgnoringCase("Accept-Language"))
			.body("code", equalTo("451"))
			.body("title", equalTo("ローカルエラー"))
			.body("class.name", matchesPattern(JAPANESE))
			.body("description", matchesPattern("(?s)" + JAPANESE))
			.body("retry.advice", matchesPattern("(?s)" + JAPANESE))
			.body("rfcText", equalTo("Requested action aborted: local error in processing"));
	}

	@Test
	void letsTheParameterOverrideTheHeader() {
		given().header("Accept-Language", "ja").queryParam("lang", "en")
			.get("/codes/451")
			.then()
			.header("Content-Language", "en")
			.body("title", equalTo("Local Error"));
		given().queryParam("lang", "ja").get("/codes/5.1.1").then().header("Content-Language", "ja")
			.body("title", equalTo("宛先メールボックスアドレス不正"));
	}

	@Test
	void fallsBackToEnglish() {
		given().header("Accept-Language", "fr-FR, de;q=0.8")
			.get("/codes/451")
			.then()
			.header("Content-Language", "en")
			.body("title", equalTo("Local Error"));
		given().queryParam("lang", "xx").get("/codes/451").then().header("Content-Language", "en");
	}

	@Test
	void comparesInJapanese() {
		given().queryParam("lang", "ja")
			.get("/compare?a=450&b=550")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.body("title", matchesPattern(JAPANESE))
			.body("summary", matchesPattern("(?s)" + JAPANESE))
			.body("differences.label", hasItem(matchesPattern(JAPANESE)))
			.body("whenToUseWhich.client", matchesPattern("(?s)" + JAPANESE))
			.body("notes[0]", matchesPattern("(?s)" + JAPANESE));
	}

	@Test
	void explainsInJapanese() {
		given().header("Accept-Language", "ja")
			.queryParam("reply", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
			.get("/explain")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.body("reason", equalTo("userunknown"))
			.body("reasonDescription", matchesPattern("(?s)" + JAPANESE))
			.body("action", matchesPattern("(?s)" + JAPANESE))
			.body("text", equalTo("<bob@example.org>: Recipient address rejected: User unknown"));
	}

	@Test
	void answersProblemsInJapanese() {
		given().header("Accept-Language", "ja")
			.get("/codes/45x")
			.then()
			.statusCode(400)
			.header("Content-Language", "ja")
			.body("type", equalTo("/problems/malformed-code"))
			.body("title", matchesPattern(JAPANESE))
			.body("detail", containsString("45x"));
		given().header("Accept-Language", "ja").get("/nowhere").then().statusCode(404).body("title", matchesPattern(JAPANESE));
	}

	@Test
	void documentsTheLanguageParameterAndHeader() {
		given().get("/v3/api-docs")
			.then()
			.body("paths.'/codes/{code}'.get.parameters.name", hasItem("lang"))
			.body("paths.'/codes/{code}'.get.parameters.name", hasItem("Accept-Language"))
			.body("paths.'/compare'.get.parameters.find { it.name == 'lang' }.schema.enum", hasItem("ja"));
	}

}
