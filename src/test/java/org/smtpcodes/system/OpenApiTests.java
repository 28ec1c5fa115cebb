package org.smtpcodes.system;

import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The OpenAPI description and Swagger UI, against the running application.
 */
@ApiTest
class OpenApiTests {

	@Test
	void describesEveryPathWithSummariesAndRealExamples() {
		String code = "paths.'/codes/{code}'.get";
		given().get("/v3/api-docs")
			.then()
			.statusCode(200)
			.body("openapi", startsWith("3.1"))
			.body("paths.keySet()", hasItems("/codes", "/codes/{code}"))
			.body(code + ".summary", not(emptyOrNullString()))
			.body(code + ".description", not(emptyOrNullString()))
			.body(code + ".parameters[0].example", hasToString("451"))
			.body(code + ".responses.'200'.content.'application/json'.examples.'451'.value.title", equalTo("Local Error"))
			.body(code + ".responses.'200'.content.'application/json'.examples.'5.1.1'.value.kind", equalTo("enhanced"))
			.body(code + ".responses.'200'.content.'application/json'.examples.'4.7.99'.value.registered", equalTo(false))
			.body(code + ".responses.'400'.content.'application/problem+json'.examples.'malformed code'.value.status",
					equalTo(400))
			.body(code + ".responses.'404'.content.'application/problem+json'.examples.'unknown subject'.value.type",
					equalTo("/problems/unknown-subject"))
			.body("paths.'/codes'.get.summary", not(emptyOrNullString()))
			.body("paths.'/codes'.get.parameters.name", hasItems("kind", "class", "q"))
			.body("paths.'/codes'.get.parameters.find { it.name == 'q' }.example", equalTo("greylist"))
			.body("paths.'/codes'.get.parameters.find { it.name == 'class' }.example", hasToString("4"))
			.body("paths.'/codes'.get.responses.'200'.content.'application/json'.examples.'class 4 reply codes'.value.count",
					equalTo(2))
			.body("servers[0].url", equalTo("/"));
	}

	@Test
	void describesEveryRequestBodyWithItsMediaTypes() {
		io.restassured.path.json.JsonPath document = given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
		java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = document.getMap("paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (operation.get("requestBody") instanceof java.util.Map<?, ?> body) {
				org.assertj.core.api.Assertions.assertThat((java.util.Map<?, ?>) body.get("content"))
					.as("the media types of the body of %s %s", method, path)
					.isNotEmpty();
			}
		}));
		org.assertj.core.api.Assertions
			.assertThat(document.getMap("paths.'/bounces'.post.requestBody.content").keySet())
			.containsExactlyInAnyOrder("message/rfc822", "text/plain", "message/global", "application/mbox");
		org.assertj.core.api.Assertions
			.assertThat(document.getString(
					"paths.'/bounces'.post.requestBody.content.'message/rfc822'.examples.'Postfix, unknown user'.value"))
			.contains("Final-Recipient:");
	}

	@Test
	void writesTheDocumentForTheLinter() throws java.io.IOException {
		// .ci/run lints this file with Redocly CLI
		String document = given().get("/v3/api-docs").then().statusCode(200).extract().asString();
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), document);
		org.assertj.core.api.Assertions.assertThat(java.nio.file.Path.of("target/openapi.json")).isNotEmptyFile();
	}

	@Test
	void servesSwaggerUi() {
		given().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200).body(containsString("swagger-ui"));
	}

}
