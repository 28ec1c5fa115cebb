package org.smtpcodes.compare;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /compare} against the running application.
 */
@ApiTest
class CompareApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void compares220And451FieldByField() {
		JsonPath json = given().queryParam("a", "220")
			.queryParam("b", "451")
			.get("/compare")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.extract()
			.jsonPath();
		assertThat(json.<String>get("title")).isEqualTo("SMTP 220 Service Ready vs 451 Local Error");
		assertThat(json.<String>get("summary"))
			.startsWith("SMTP 220 (Service Ready) is a 2xx Positive Completion reply, while 451 "
					+ "(Local Error) is a 4xx Transient Negative Completion reply.")
			.endsWith(".");
		assertThat(json.<String>get("a.code")).isEqualTo("220");
		assertThat(json.<String>get("a.title")).isEqualTo("Service Ready");
		assertThat(json.<String>get("a.class.code")).isEqualTo("2xx");
		assertThat(json.<String>get("a.description")).startsWith("The server is ready");
		assertThat(json.<Object>get("a.whenYouSeeIt")).isNotNull();
		assertThat(json.<Object>get("a.howToFix")).isNotNull();
		assertThat(json.<String>get("a.href")).isEqualTo("/codes/220");
		assertThat(json.<Object>get("a.retry")).isNull();
		assertThat(json.<String>get("b.code")).isEqualTo("451");
		assertThat(json.<Boolean>get("b.retry.retryable")).isTrue();
		assertThat(json.<String>get("b.href")).isEqualTo("/codes/451");
		assertThat(json.<String>getList("differences.aspect")).contains("class", "permanence", "retry", "category",
				"phase", "actor");
		assertThat(json.<String>get("differences.find { it.aspect == 'class' }.label")).isEqualTo("Class");
		assertThat(json.<String>get("differences.find { it.aspect == 'class' }.a"))
			.isEqualTo("2xx Positive Completion");
		assertThat(json.<String>get("differences.find { it.aspect == 'class' }.b"))
			.isEqualTo("4xx Transient Negative Completion");
		assertThat(json.<Boolean>get("differences.find { it.aspect == 'class' }.shared")).isFalse();
		assertThat(json.<String>get("differences.find { it.aspect == 'retry' }.text")).contains("451");
		assertThat(json.<String>get("differences.find { it.aspect == 'phase' }.a"))
			.isEqualTo("the opening of the connection or STARTTLS");
		assertThat(json.<String>get("summary")).endsWith("220 answers the opening of the connection or STARTTLS; 451 "
				+ "answers MAIL, RCPT or the end of the message data.");
		assertThat(json.<String>get("whenToUseWhich.serverOperator"))
			.startsWith("They are not alternatives: 220 answers the opening of the connection or STARTTLS and 451");
		assertThat(json.<String>get("whenToUseWhich.client"))
			.isEqualTo("After 220, go on with the session. After 451, keep the message queued and try again later.");
		assertThat(json.<String>getList("b.examples.reply")).isNotEmpty()
			.hasSizeLessThanOrEqualTo(2)
			.allSatisfy((reply) -> assertThat(reply).startsWith("451"));
		assertThat(json.<Object>getList("notes")).hasSize(1);
	}

	@Test
	void mirrorsTheAnswerWhenTheSidesAreSwapped() {
		var forth = given().get("/compare?a=220&b=451").then().extract().jsonPath();
		var back = given().get("/compare?a=451&b=220").then().statusCode(200).extract().jsonPath();
		assertThat(back.getMap("a")).isEqualTo(forth.getMap("b"));
		assertThat(back.getMap("b")).isEqualTo(forth.getMap("a"));
		assertThat(back.getList("notes")).isEqualTo(forth.getList("notes"));
		assertThat(back.getList("differences.aspect")).isEqualTo(forth.getList("differences.aspect"));
		assertThat(back.getList("differences.a")).isEqualTo(forth.getList("differences.b"));
	}

	@Test
	void givesTheCuratedNoteWhicheverSideIsA() {
		assertThat(given().get("/compare?a=550&b=450").then().statusCode(200).extract().jsonPath().getList("notes"))
			.hasSize(1);
		assertThat(given().get("/compare?a=5.7.1&b=4.7.1")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<String>get("notes[0]")).contains("4.7.1");
		assertThat(given().get("/compare?a=250&b=451").then().statusCode(200).extract().jsonPath().<Object>get("notes"))
			.isNull();
	}

	@Test
	void comparesAReplyCodeWithAnEnhancedCode() {
		JsonPath json = given().get("/compare?a=550&b=5.1.1").then().statusCode(200).extract().jsonPath();
		assertThat(json.<String>get("summary")).contains("two layers of one reply");
		assertThat(json.<String>getList("differences.aspect")).contains("kind");
	}

	@Test
	void comparesAnUnregisteredDetailFromItsClassAndSubject() {
		JsonPath json = given().get("/compare?a=4.7.99&b=4.7.1").then().statusCode(200).extract().jsonPath();
		assertThat(json.<Boolean>get("differences.find { it.aspect == 'subject' }.shared")).isTrue();
		assertThat(json.<String>get("differences.find { it.aspect == 'standard' }.a")).isEqualTo("not registered");
	}

	@Test
	void linksRelatedCodesToTheirComparison() {
		assertThat(given().get("/codes/450")
			.then()
			.extract()
			.jsonPath()
			.<String>get("related.find { it.code == '550' }.compareHref")).isEqualTo("/compare?a=450&b=550");
		given().get("/compare?a=450&b=550").then().statusCode(200);
	}

	@Test
	void refusesAMissingParameter() {
		JsonPath problem = given().get("/compare?a=451")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/missing-parameter");
		assertThat(problem.<String>get("parameter")).isEqualTo("b");
	}

	@Test
	void refusesTheSameCodeTwice() {
		JsonPath problem = given().get("/compare?a=451&b=451")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/same-code");
		assertThat(problem.<String>get("detail")).startsWith("451 is given as both a and b");
		assertThat(given().get("/compare?a=451&b= 451").then().statusCode(400).extract().jsonPath().<String>get("type"))
			.isEqualTo("/problems/same-code");
	}

	@Test
	void refusesAMalformedCodeNamingTheSide() {
		JsonPath problem = given().get("/compare?a=451&b=4.5")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/malformed-code");
		assertThat(problem.<String>get("parameter")).isEqualTo("b");
		assertThat(problem.<String>get("detail")).startsWith("Parameter 'b': '4.5' is not a code");
	}

	@Test
	void refusesAnUnknownCodeNamingTheSide() {
		JsonPath problem = given().get("/compare?a=456&b=451")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/unknown-code");
		assertThat(problem.<String>get("parameter")).isEqualTo("a");
		assertThat(problem.<String>getList("suggestions")).containsExactly("4.5.6", "455", "454", "458");
		assertThat(given().get("/compare?a=451&b=4.9.1")
			.then()
			.statusCode(404)
			.extract()
			.jsonPath()
			.<String>get("parameter")).isEqualTo("b");
	}

	@Test
	void isDocumentedWith220And451AsItsExample() {
		JsonPath document = given().get("/v3/api-docs").then().extract().jsonPath();
		assertThat(document.<String>get("paths.'/compare'.get.summary")).isEqualTo("How two codes differ");
		assertThat(document.<Object>get("paths.'/compare'.get.parameters.find { it.name == 'a' }.example"))
			.hasToString("220");
		assertThat(document.<String>get(
				"paths.'/compare'.get.responses.'200'.content.'application/json'.examples.'220 vs 451'.value.title"))
			.isEqualTo("SMTP 220 Service Ready vs 451 Local Error");
		assertThat(document
			.<String, Object>getMap("paths.'/compare'.get.responses.'400'.content.'application/problem+json'.examples"))
			.containsKeys("malformed code", "same code twice", "missing parameter");
	}

}
