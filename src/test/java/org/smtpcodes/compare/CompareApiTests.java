package org.smtpcodes.compare;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code /compare} against the running application.
 */
@ApiTest
class CompareApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void compares220And451FieldByField() {
		given().queryParam("a", "220")
			.queryParam("b", "451")
			.get("/compare")
			.then()
			.statusCode(200)
			.contentType(ContentType.JSON)
			.body("title", equalTo("SMTP 220 Service Ready vs 451 Local Error"))
			.body("summary", startsWith("SMTP 220 (Service Ready) is a 2xx Positive Completion reply, while 451 "
					+ "(Local Error) is a 4xx Transient Negative Completion reply."))
			.body("summary", endsWith("."))
			.body("a.code", equalTo("220"))
			.body("a.title", equalTo("Service Ready"))
			.body("a.class.code", equalTo("2xx"))
			.body("a.description", startsWith("The server is ready"))
			.body("a.whenYouSeeIt", not(equalTo(null)))
			.body("a.howToFix", not(equalTo(null)))
			.body("a.href", equalTo("/codes/220"))
			.body("a.retry", equalTo(null))
			.body("b.code", equalTo("451"))
			.body("b.retry.retryable", equalTo(true))
			.body("b.href", equalTo("/codes/451"))
			.body("differences.aspect", hasItems("class", "permanence", "retry", "category", "phase", "actor"))
			.body("differences.find { it.aspect == 'class' }.label", equalTo("Class"))
			.body("differences.find { it.aspect == 'class' }.a", equalTo("2xx Positive Completion"))
			.body("differences.find { it.aspect == 'class' }.b", equalTo("4xx Transient Negative Completion"))
			.body("differences.find { it.aspect == 'class' }.shared", equalTo(false))
			.body("differences.find { it.aspect == 'retry' }.text", containsString("451"))
			.body("differences.find { it.aspect == 'phase' }.a", equalTo("the opening of the connection or STARTTLS"))
			.body("whenToUseWhich.serverOperator", startsWith("Send 220 when the action succeeded"))
			.body("whenToUseWhich.client", equalTo("After 220, go on with the next command. After 451, keep the "
					+ "message queued and try again later."))
			.body("notes", hasSize(1));
	}

	@Test
	void mirrorsTheAnswerWhenTheSidesAreSwapped() {
		var forth = given().get("/compare?a=220&b=451").then().extract().jsonPath();
		var back = given().get("/compare?a=451&b=220").then().statusCode(200).extract().jsonPath();
		org.assertj.core.api.Assertions.assertThat(back.getMap("a")).isEqualTo(forth.getMap("b"));
		org.assertj.core.api.Assertions.assertThat(back.getMap("b")).isEqualTo(forth.getMap("a"));
		org.assertj.core.api.Assertions.assertThat(back.getList("notes")).isEqualTo(forth.getList("notes"));
		org.assertj.core.api.Assertions.assertThat(back.getList("differences.aspect"))
			.isEqualTo(forth.getList("differences.aspect"));
		org.assertj.core.api.Assertions.assertThat(back.getList("differences.a"))
			.isEqualTo(forth.getList("differences.b"));
	}

	@Test
	void givesTheCuratedNoteWhicheverSideIsA() {
		given().get("/compare?a=550&b=450").then().statusCode(200).body("notes", hasSize(1));
		given().get("/compare?a=5.7.1&b=4.7.1").then().statusCode(200).body("notes[0]", containsString("4.7.1"));
		given().get("/compare?a=250&b=451").then().statusCode(200).body("notes", equalTo(null));
	}

	@Test
	void comparesAReplyCodeWithAnEnhancedCode() {
		given().get("/compare?a=550&b=5.1.1")
			.then()
			.statusCode(200)
			.body("summary", containsString("two layers of one reply"))
			.body("differences.aspect", hasItem("kind"));
	}

	@Test
	void comparesAnUnregisteredDetailFromItsClassAndSubject() {
		given().get("/compare?a=4.7.99&b=4.7.1")
			.then()
			.statusCode(200)
			.body("differences.find { it.aspect == 'subject' }.shared", equalTo(true))
			.body("differences.find { it.aspect == 'standard' }.a", equalTo("not registered"));
	}

	@Test
	void linksRelatedCodesToTheirComparison() {
		given().get("/codes/450")
			.then()
			.body("related.find { it.code == '550' }.compareHref", equalTo("/compare?a=450&b=550"));
		given().get("/compare?a=450&b=550").then().statusCode(200);
	}

	@Test
	void refusesAMissingParameter() {
		given().get("/compare?a=451")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/missing-parameter"))
			.body("parameter", equalTo("b"));
	}

	@Test
	void refusesTheSameCodeTwice() {
		given().get("/compare?a=451&b=451")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/same-code"))
			.body("detail", startsWith("451 is given as both a and b"));
		given().get("/compare?a=451&b= 451").then().statusCode(400).body("type", equalTo("/problems/same-code"));
	}

	@Test
	void refusesAMalformedCodeNamingTheSide() {
		given().get("/compare?a=451&b=4.5")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/malformed-code"))
			.body("parameter", equalTo("b"))
			.body("detail", startsWith("Parameter 'b': '4.5' is not a code"));
	}

	@Test
	void refusesAnUnknownCodeNamingTheSide() {
		given().get("/compare?a=456&b=451")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/unknown-code"))
			.body("parameter", equalTo("a"))
			.body("suggestions", contains("4.5.6", "455", "454", "458"));
		given().get("/compare?a=451&b=4.9.1").then().statusCode(404).body("parameter", equalTo("b"));
	}

	@Test
	void isDocumentedWith220And451AsItsExample() {
		given().get("/v3/api-docs")
			.then()
			.body("paths.'/compare'.get.summary", equalTo("How two codes differ"))
			.body("paths.'/compare'.get.parameters.find { it.name == 'a' }.example", hasToString("220"))
			.body("paths.'/compare'.get.responses.'200'.content.'application/json'.examples.'220 vs 451'.value.title",
					equalTo("SMTP 220 Service Ready vs 451 Local Error"))
			.body("paths.'/compare'.get.responses.'400'.content.'application/problem+json'.examples.keySet()",
					hasItems("malformed code", "same code twice", "missing parameter"));
	}

}
