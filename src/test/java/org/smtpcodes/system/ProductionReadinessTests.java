package org.smtpcodes.system;

import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.boot.test.web.server.LocalManagementPort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * What an operator expects before putting the service in front of users, against the running application.
 */
@ApiTest
class ProductionReadinessTests {

	@LocalManagementPort
	int managementPort;

	@Test
	void answersAMatchingETagWith304() {
		String etag = given().get("/codes/451").then().statusCode(200).extract().header("ETag");
		org.assertj.core.api.Assertions.assertThat(etag).matches("W/\"[0-9a-f]+\"");
		given().header("If-None-Match", etag).get("/codes/451").then().statusCode(304).header("ETag", etag);
		given().header("If-None-Match", "W/\"0000\"").get("/codes/451").then().statusCode(200);
		String japanese = given().queryParam("lang", "ja").get("/codes/451").then().extract().header("ETag");
		org.assertj.core.api.Assertions.assertThat(japanese).isNotEqualTo(etag);
		String comparison = given().get("/compare?a=220&b=451").then().extract().header("ETag");
		given().header("If-None-Match", comparison).get("/compare?a=220&b=451").then().statusCode(304);
	}

	@Test
	void letsCachesKeepSuccessfulAnswersButNeverProblems() {
		given().get("/codes/451").then().header("Cache-Control", "max-age=3600, public");
		given().get("/codes/45x").then().statusCode(400).header("Cache-Control", "no-store");
		given().get("/nothing").then().statusCode(404).header("Cache-Control", "no-store");
	}

	@Test
	void compressesLargeJsonAnswers() {
		RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
		given().config(raw).header("Accept-Encoding", "gzip").get("/codes/451")
			.then()
			.statusCode(200)
			.header("Content-Encoding", "gzip");
		given().config(raw).header("Accept-Encoding", "gzip").get("/livez")
			.then()
			.statusCode(200)
			.header("Content-Encoding", nullValue());
	}

	@Test
	void allowsReadsFromAnyOrigin() {
		given().header("Origin", "https://tools.example.org")
			.header("Access-Control-Request-Method", "GET")
			.options("/codes/451")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Origin", "*")
			.header("Access-Control-Allow-Methods", containsString("GET"));
		given().header("Origin", "https://tools.example.org").get("/codes/451")
			.then()
			.header("Access-Control-Allow-Origin", "*");
		given().header("Origin", "https://tools.example.org")
			.header("Access-Control-Request-Method", "DELETE")
			.options("/codes/451")
			.then()
			.statusCode(403);
	}

	@Test
	void setsSecurityHeadersAndLeaksNoServerVersion() {
		for (String path : new String[] { "/codes/451", "/codes/45x", "/nothing", "/readyz" }) {
			given().get(path)
				.then()
				.header("X-Content-Type-Options", "nosniff")
				.header("Server", nullValue())
				.header("X-Powered-By", nullValue());
		}
	}

	@Test
	void answersTheProbesWithoutDetailsOnThePublicPort() {
		given().get("/livez").then().statusCode(200).body("status", equalTo("UP")).body("components", nullValue());
		given().get("/readyz").then().statusCode(200).body("status", equalTo("UP")).body("components", nullValue());
		for (String actuator : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus" }) {
			given().get(actuator).then().statusCode(404).contentType("application/problem+json");
		}
	}

	@Test
	void exposesHealthWithDetailsInfoAndMetricsOnlyOnTheManagementPort() {
		given().port(this.managementPort).get("/actuator/health/liveness").then().statusCode(200).body("status", equalTo("UP"));
		given().port(this.managementPort).get("/actuator/health")
			.then()
			.statusCode(200)
			.body("status", equalTo("UP"))
			.body("components.catalogue.status", equalTo("UP"))
			.body("components.catalogue.details.codes.reply", equalTo(58));
		given().get("/codes/451").then().statusCode(200);
		given().port(this.managementPort).get("/actuator/prometheus")
			.then()
			.statusCode(200)
			.contentType(containsString("text/plain"))
			.body(containsString("http_server_requests_seconds"))
			// the code documents served without Spring MVC are measured under their route too
			.body(containsString("uri=\"/codes/{code}\""));
		for (String hidden : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings" }) {
			given().port(this.managementPort).get(hidden).then().statusCode(404);
		}
	}

	@Test
	void tellsVersionCommitAndCatalogueInInfo() {
		given().port(this.managementPort).get("/actuator/info")
			.then()
			.statusCode(200)
			.body("build.version", not(nullValue()))
			.body("git.commit.id", matchesPattern("[0-9a-f]{7,}"))
			.body("catalogue.version", equalTo("2026.11.29"))
			.body("catalogue.registryUpdated", equalTo("2024-12-06"))
			.body("catalogue.codes.reply", equalTo(58))
			.body("catalogue.codes.enhanced", equalTo(81 * 2 + 10))
			.body("catalogue.languages", hasItem("ja"));
	}

}
