package org.smtpcodes.system;

import java.util.List;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the service gives is a problem detail, against the running application.
 */
@ApiTest
class ProblemsApiTests {

	private static final String PROBLEM_JSON = "application/problem+json";

	@Test
	void malformedCodeIs400WithTheAcceptedFormats() {
		for (String code : new String[] { "45x", "45", "4510", "651", "1.1.1", "4.01.1", "4.1", "4.1.1.1",
				"4.1000.1" }) {
			JsonPath problem = given().get("/codes/" + code)
				.then()
				.statusCode(400)
				.contentType(PROBLEM_JSON)
				.extract()
				.jsonPath();
			assertThat(problem.<String>get("type")).isEqualTo("/problems/malformed-code");
			assertThat(problem.<String>get("title")).isEqualTo("Malformed code");
			assertThat(problem.<Integer>get("status")).isEqualTo(400);
			assertThat(problem.<String>get("detail")).startsWith("'" + code + "' is not a code");
			assertThat(problem.<String>get("instance")).isEqualTo("/codes/" + code);
			assertThat(problem.<Integer>get("acceptedFormats.size()")).isEqualTo(2);
		}
	}

	@Test
	void unknownReplyCodeIs404WithTheNearestCodes() {
		JsonPath problem = given().get("/codes/456")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/unknown-code");
		assertThat(problem.<String>getList("suggestions")).containsExactly("4.5.6", "455", "454", "458");
		assertThat(problem.<String>get("detail")).contains("first digit");
	}

	@Test
	void undefinedSubjectIs404() {
		JsonPath problem = given().get("/codes/4.9.1")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/unknown-subject");
		assertThat(problem.<String>getList("suggestions")).containsExactly("4.0.0");
	}

	@Test
	void detailInAClassWhereItIsNeverUsedIs404() {
		JsonPath problem = given().get("/codes/2.1.1").then().statusCode(404).extract().jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/code-not-in-class");
		assertThat(problem.<String>getList("suggestions")).containsExactly("4.1.1", "5.1.1");
		assertThat(problem.<String>get("detail"))
			.isEqualTo("2.1.1 is a registered detail, but not in this class: the catalogue, reading the registry's "
					+ "description and associated reply codes, explains it only in 4.1.1, 5.1.1.");
	}

	@Test
	void detailInTheRegistryFormIs400SayingHowToAskForIt() {
		for (String code : new String[] { "X.6.10", "x.1.1" }) {
			JsonPath problem = given().get("/codes/" + code).then().statusCode(400).extract().jsonPath();
			assertThat(problem.<String>get("type")).isEqualTo("/problems/malformed-code");
			assertThat(problem.<String>get("detail")).startsWith("'" + code + "' is not a code. A code is an enhanced "
					+ "status code written with its class (2, 4 or 5) in place of the registry's X, as in 5.");
		}
		assertThat(given().header("Accept-Language", "ja")
			.get("/codes/X.6.10")
			.then()
			.statusCode(400)
			.extract()
			.jsonPath()
			.<String>get("detail")).endsWith("（例: 5.6.10）。");
		assertThat(given().get("/codes/X.6").then().statusCode(400).extract().jsonPath().<String>get("detail"))
			.contains("a reply code of three digits");
	}

	@Test
	void invalidParameterIs400NamingIt() {
		JsonPath problem = given().queryParam("kind", "basic")
			.get("/codes")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/invalid-parameter");
		assertThat(problem.<String>get("parameter")).isEqualTo("kind");
		assertThat(problem.<String>getList("accepted")).containsExactly("reply", "enhanced");
		assertThat(given().queryParam("q", "x".repeat(101))
			.get("/codes")
			.then()
			.statusCode(400)
			.extract()
			.jsonPath()
			.<String>get("parameter")).isEqualTo("q");
	}

	@Test
	void unknownPathIs404() {
		JsonPath problem = given().get("/nothing/here")
			.then()
			.statusCode(404)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/not-found");
		assertThat(problem.<String>get("detail")).contains("/v3/api-docs");
	}

	@Test
	void wrongMethodIs405() {
		assertThat(given().delete("/codes/451")
			.then()
			.statusCode(405)
			.header("Allow", "GET")
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/method-not-allowed");
	}

	@Test
	void unacceptableMediaTypeIs406() {
		assertThat(given().accept("application/xml")
			.get("/codes/451")
			.then()
			.statusCode(406)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/not-acceptable");
	}

	@Test
	void requestTheContainerRefusesIsAProblemToo() {
		// an encoded NUL is refused by Tomcat before Spring MVC sees the request
		JsonPath problem = given().urlEncodingEnabled(false)
			.get("/codes/%00")
			.then()
			.statusCode(400)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath();
		assertThat(problem.<String>get("type")).isEqualTo("/problems/bad-request");
		assertThat(problem.<Integer>get("status")).isEqualTo(400);
	}

	@Test
	void requestLinesAndHeadersOverTheLimitAreProblemsWithTheirOwnStatus() {
		// refused by Tomcat (server.max-http-request-header-size, 8 KiB) before Spring
		// MVC sees the request
		assertThat(given().header("X-Padding", "a".repeat(10_000))
			.get("/codes/451")
			.then()
			.statusCode(431)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/headers-too-large");
		assertThat(given().queryParam("q", "a".repeat(9_000))
			.get("/codes")
			.then()
			.statusCode(414)
			.contentType(PROBLEM_JSON)
			.extract()
			.jsonPath()
			.<String>get("type")).isEqualTo("/problems/uri-too-long");
	}

	@Test
	void problemsNeverCarryInternals() {
		for (String path : new String[] { "/codes/45x", "/codes/456", "/nothing", "/codes?class=x" }) {
			assertThat(given().get(path).then().extract().asString()).doesNotContain("Exception")
				.doesNotContain("org.smtpcodes")
				.doesNotContain("at java.")
				.doesNotContain("trace");
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
			.contains("malformed-code", "unknown-code", "same-code", "empty-reply", "whole-message", "no-reply",
					"not-a-bounce", "readers-busy", "empty-log", "not-a-log", "broken-gzip", "log-readers-busy");
		for (ProblemType type : types) {
			ExtractableResponse<Response> page = given().get(type.uri().toString()).then().statusCode(200).extract();
			assertThat(page.contentType()).contains("text/html");
			assertThat(page.asString()).contains("<h1>", "HTTP status " + type.status().value());
		}
		given().get("/problems/no-such-problem").then().statusCode(404);
	}

	@Test
	void problemTypesAreThoseTheApiUses() {
		assertThat(given().get("/codes/45x").then().extract().jsonPath().<String>get("type"))
			.isEqualTo("/problems/malformed-code");
		JsonPath document = given().get("/v3/api-docs").then().extract().jsonPath();
		assertThat(document.<String>get(
				"paths.'/codes/{code}'.get.responses.'404'.content.'application/problem+json'.examples.'unknown reply code'.value.type"))
			.isEqualTo("/problems/unknown-code");
		assertThat(document.<String, Object>getMap("paths.'/codes/{code}'.get.responses")).containsKey("400");
	}

}
