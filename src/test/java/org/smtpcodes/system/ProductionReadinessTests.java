package org.smtpcodes.system;

import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;

import org.springframework.boot.test.web.server.LocalManagementPort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator expects before putting the service in front of users, against the
 * running application.
 */
@ApiTest
class ProductionReadinessTests {

	@LocalManagementPort
	int managementPort;

	@Test
	void answersAMatchingETagWith304() {
		String etag = given().get("/codes/451").then().statusCode(200).extract().header("ETag");
		assertThat(etag).matches("W/\"[0-9a-f]+\"");
		given().header("If-None-Match", etag).get("/codes/451").then().statusCode(304).header("ETag", etag);
		given().header("If-None-Match", "W/\"0000\"").get("/codes/451").then().statusCode(200);
		String japanese = given().queryParam("lang", "ja").get("/codes/451").then().extract().header("ETag");
		assertThat(japanese).isNotEqualTo(etag);
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
		RestAssuredConfig raw = RestAssuredConfig.config()
			.decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
		given().config(raw)
			.header("Accept-Encoding", "gzip")
			.get("/codes/451")
			.then()
			.statusCode(200)
			.header("Content-Encoding", "gzip");
		assertThat(given().config(raw)
			.header("Accept-Encoding", "gzip")
			.get("/livez")
			.then()
			.statusCode(200)
			.extract()
			.header("Content-Encoding")).isNull();
	}

	@Test
	void allowsReadsFromAnyOrigin() {
		assertThat(given().header("Origin", "https://tools.example.org")
			.header("Access-Control-Request-Method", "GET")
			.options("/codes/451")
			.then()
			.statusCode(200)
			.header("Access-Control-Allow-Origin", "*")
			.extract()
			.header("Access-Control-Allow-Methods")).contains("GET");
		given().header("Origin", "https://tools.example.org")
			.get("/codes/451")
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
			ExtractableResponse<Response> response = given().get(path)
				.then()
				.header("X-Content-Type-Options", "nosniff")
				.extract();
			assertThat(response.header("Server")).isNull();
			assertThat(response.header("X-Powered-By")).isNull();
		}
	}

	@Test
	void answersTheProbesWithoutDetailsOnThePublicPort() {
		JsonPath livez = given().get("/livez").then().statusCode(200).extract().jsonPath();
		assertThat(livez.<String>get("status")).isEqualTo("UP");
		assertThat(livez.<Object>get("components")).isNull();
		JsonPath readyz = given().get("/readyz").then().statusCode(200).extract().jsonPath();
		assertThat(readyz.<String>get("status")).isEqualTo("UP");
		assertThat(readyz.<Object>get("components")).isNull();
		for (String actuator : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus" }) {
			given().get(actuator).then().statusCode(404).contentType("application/problem+json");
		}
	}

	@Test
	void exposesHealthWithDetailsInfoAndMetricsOnlyOnTheManagementPort() {
		assertThat(given().port(this.managementPort)
			.get("/actuator/health/liveness")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.<String>get("status")).isEqualTo("UP");
		JsonPath health = given().port(this.managementPort)
			.get("/actuator/health")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(health.<String>get("status")).isEqualTo("UP");
		assertThat(health.<String>get("components.catalogue.status")).isEqualTo("UP");
		assertThat(health.<Integer>get("components.catalogue.details.codes.reply")).isEqualTo(58);
		given().get("/codes/451").then().statusCode(200);
		ExtractableResponse<Response> metrics = given().port(this.managementPort)
			.get("/actuator/prometheus")
			.then()
			.statusCode(200)
			.extract();
		assertThat(metrics.contentType()).contains("text/plain");
		assertThat(metrics.asString()).contains("http_server_requests_seconds")
			// the code documents served without Spring MVC are measured under their route
			// too
			.contains("uri=\"/codes/{code}\"");
		for (String hidden : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings" }) {
			given().port(this.managementPort).get(hidden).then().statusCode(404);
		}
	}

	@Test
	void tellsVersionCommitAndCatalogueInInfo() {
		JsonPath info = given().port(this.managementPort)
			.get("/actuator/info")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath();
		assertThat(info.<Object>get("build.version")).isNotNull();
		assertThat(info.<String>get("git.commit.id")).matches("[0-9a-f]{7,}");
		assertThat(info.<String>get("catalogue.version")).isEqualTo("2026.11.29");
		assertThat(info.<String>get("catalogue.registryUpdated")).isEqualTo("2024-12-06");
		assertThat(info.<Integer>get("catalogue.codes.reply")).isEqualTo(58);
		assertThat(info.<Integer>get("catalogue.codes.enhanced")).isEqualTo(81 * 2 + 10);
		assertThat(info.<String>getList("catalogue.languages")).contains("ja");
	}

}
