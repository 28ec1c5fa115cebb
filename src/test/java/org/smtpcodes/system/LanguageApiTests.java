package org.smtpcodes.system;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers in English and Japanese, against the running application.
 */
@ApiTest
class LanguageApiTests {

	private static final String JAPANESE = ".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*";

	@Test
	void answersInJapaneseWhenAskedByHeader() {
		ExtractableResponse<Response> response = given().header("Accept-Language", "ja-JP, ja;q=0.9, en;q=0.5")
			.get("/codes/451")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.extract();
		assertThat(response.header("Vary")).containsIgnoringCase("Accept-Language");
		JsonPath json = response.jsonPath();
		assertThat(json.<String>get("code")).isEqualTo("451");
		assertThat(json.<String>get("title")).isEqualTo("処理中のエラー");
		assertThat(json.<String>get("class.name")).matches(JAPANESE);
		assertThat(json.<String>get("description")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>get("retry.advice")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>get("rfcText")).isEqualTo("Requested action aborted: local error in processing");
	}

	@Test
	void letsTheParameterOverrideTheHeader() {
		assertThat(given().header("Accept-Language", "ja")
			.queryParam("lang", "en")
			.get("/codes/451")
			.then()
			.header("Content-Language", "en")
			.extract()
			.jsonPath()
			.<String>get("title")).isEqualTo("Local Error");
		assertThat(given().queryParam("lang", "ja")
			.get("/codes/5.1.1")
			.then()
			.header("Content-Language", "ja")
			.extract()
			.jsonPath()
			.<String>get("title")).isEqualTo("宛先メールボックスアドレス不正");
	}

	@Test
	void fallsBackToEnglish() {
		assertThat(given().header("Accept-Language", "fr-FR, de;q=0.8")
			.get("/codes/451")
			.then()
			.header("Content-Language", "en")
			.extract()
			.jsonPath()
			.<String>get("title")).isEqualTo("Local Error");
		given().queryParam("lang", "xx").get("/codes/451").then().header("Content-Language", "en");
	}

	@Test
	void comparesInJapanese() {
		JsonPath json = given().queryParam("lang", "ja")
			.get("/compare?a=450&b=550")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.extract()
			.jsonPath();
		assertThat(json.<String>get("title")).matches(JAPANESE);
		assertThat(json.<String>get("summary")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>getList("differences.label"))
			.anySatisfy((label) -> assertThat(label).matches(JAPANESE));
		assertThat(json.<String>get("whenToUseWhich.client")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>get("notes[0]")).matches("(?s)" + JAPANESE);
	}

	@Test
	void explainsInJapanese() {
		JsonPath json = given().header("Accept-Language", "ja")
			.queryParam("reply", "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown")
			.get("/explain")
			.then()
			.statusCode(200)
			.header("Content-Language", "ja")
			.extract()
			.jsonPath();
		assertThat(json.<String>get("reason")).isEqualTo("userunknown");
		assertThat(json.<String>get("reasonDescription")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>get("action")).matches("(?s)" + JAPANESE);
		assertThat(json.<String>get("text")).isEqualTo("<bob@example.org>: Recipient address rejected: User unknown");
	}

	@Test
	void answersProblemsInJapanese() {
		JsonPath problem = given().header("Accept-Language", "ja")
			.get("/codes/45x")
			.then()
			.statusCode(400)
			.header("Content-Language", "ja")
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/malformed-code");
		assertThat(problem.<String>get("title")).matches(JAPANESE);
		assertThat(problem.<String>get("detail")).contains("45x");
		assertThat(given().header("Accept-Language", "ja")
			.get("/nowhere")
			.then()
			.statusCode(404)
			.extract()
			.jsonPath()
			.<String>get("title")).matches(JAPANESE);
	}

	@Test
	void documentsTheLanguageParameterAndHeader() {
		JsonPath document = given().get("/v3/api-docs").then().extract().jsonPath();
		assertThat(document.<String>getList("paths.'/codes/{code}'.get.parameters.name")).contains("lang",
				"Accept-Language");
		assertThat(document.<String>getList("paths.'/compare'.get.parameters.find { it.name == 'lang' }.schema.enum"))
			.contains("ja");
	}

}
