package org.smtpcodes.system;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Every error the service gives is a problem detail, against the running application.
 */
@ApiTest
class ProblemsApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void malformedCodeIs400WithTheAcceptedFormats() {
		for (String code : new String[] { "45x", "45", "4510", "651", "1.1.1", "4.01.1", "4.1", "4.1.1.1", "4.1000.1" }) {
			given().get("/codes/" + code)
				.then()
				.statusCode(400)
				.contentType(PROBLEM_JSON)
				.body("type", equalTo("/problems/malformed-code"))
				.body("title", equalTo("Malformed code"))
				.body("status", equalTo(400))
				.body("detail", startsWith("'" + code + "' is not a code"))
				.body("instance", equalTo("/codes/" + code))
				.body("acceptedFormats.size()", equalTo(2));
		}
	}

	@Test
	void unknownReplyCodeIs404WithTheNearestCodes() {
		given().get("/codes/456")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/unknown-code"))
			.body("suggestions", contains("4.5.6", "455", "454", "458"))
			.body("detail", containsString("first digit"));
	}

	@Test
	void undefinedSubjectIs404() {
		given().get("/codes/4.9.1")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/unknown-subject"))
			.body("suggestions", contains("4.0.0"));
	}

	@Test
	void detailInAClassWhereItIsNeverUsedIs404() {
		given().get("/codes/2.1.1")
			.then()
			.statusCode(404)
			.body("type", equalTo("/problems/code-not-in-class"))
			.body("suggestions", contains("4.1.1", "5.1.1"));
	}

	@Test
	void invalidParameterIs400NamingIt() {
		given().queryParam("kind", "basic").get("/codes")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/invalid-parameter"))
			.body("parameter", equalTo("kind"))
			.body("accepted", contains("reply", "enhanced"));
		given().queryParam("q", "x".repeat(101)).get("/codes")
			.then()
			.statusCode(400)
			.body("parameter", equalTo("q"));
	}

	@Test
	void unknownPathIs404() {
		given().get("/nothing/here")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/not-found"))
			.body("detail", containsString("/v3/api-docs"));
	}

	@Test
	void wrongMethodIs405() {
		given().delete("/codes/451")
			.then()
			.statusCode(405)
			.header("Allow", "GET")
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/method-not-allowed"));
	}

	@Test
	void unacceptableMediaTypeIs406() {
		given().accept("application/xml")
			.get("/codes/451")
			.then()
			.statusCode(406)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/not-acceptable"));
	}

	@Test
	void requestTheContainerRefusesIsAProblemToo() {
		// an encoded NUL is refused by Tomcat before Spring MVC sees the request
		given().urlEncodingEnabled(false)
			.get("/codes/%00")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/bad-request"))
			.body("status", equalTo(400));
	}

	@Test
	void requestLinesAndHeadersOverTheLimitAreProblemsWithTheirOwnStatus() {
		// refused by Tomcat (server.max-http-request-header-size, 8 KiB) before Spring MVC sees the request
		given().header("X-Padding", "a".repeat(10_000))
			.get("/codes/451")
			.then()
			.statusCode(431)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/headers-too-large"));
		given().queryParam("q", "a".repeat(9_000))
			.get("/codes")
			.then()
			.statusCode(414)
			.contentType(PROBLEM_JSON)
			.body("type", equalTo("/problems/uri-too-long"));
	}

	@Test
	void problemsNeverCarryInternals() {
		for (String path : new String[] { "/codes/45x", "/codes/456", "/nothing", "/codes?class=x" }) {
			given().get(path)
				.then()
				.body(not(containsString("Exception")))
				.body(not(containsString("org.smtpcodes")))
				.body(not(containsString("at java.")))
				.body(not(containsString("trace")));
		}
	}

	@Autowired
	private List<ProblemTypes> features;

	@Test
	void everyProblemTypeHasAPage() {
		List<ProblemType> types = Stream
			.concat(ProblemType.GENERIC.stream(), this.features.stream().flatMap((f) -> f.types().stream()))
			.toList();
		assertThat(types).extracting(ProblemType::slug)
			.doesNotHaveDuplicates()
			.contains("malformed-code", "unknown-code", "same-code", "empty-reply", "whole-message", "not-a-bounce",
					"readers-busy");
		for (ProblemType type : types) {
			given().get(type.uri().toString())
				.then()
				.statusCode(200)
				.contentType(containsString("text/html"))
				.body(allOf(containsString("<h1>"), containsString("HTTP status " + type.status().value())));
		}
		given().get("/problems/no-such-problem").then().statusCode(404);
	}

	@Test
	void problemTypesAreThoseTheApiUses() {
		given().get("/codes/45x").then().body("type", equalTo("/problems/malformed-code"));
		given().get("/v3/api-docs")
			.then()
			.body("paths.'/codes/{code}'.get.responses.'404'.content.'application/problem+json'.examples.'unknown reply code'.value.type",
					equalTo("/problems/unknown-code"))
			.body("paths.'/codes/{code}'.get.responses.keySet()", hasItem("400"));
	}

}
