package org.smtpcodes.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.path.json.JsonPath;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.smtpcodes.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description and Swagger UI, against the running application.
 */
@ApiTest
class OpenApiTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void describesEveryPathWithSummariesAndRealExamples() {
		String code = "paths.'/codes/{code}'.get";
		JsonPath document = given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
		assertThat(document.<String>get("openapi")).startsWith("3.1");
		assertThat(document.<String, Object>getMap("paths")).containsKeys("/codes", "/codes/{code}");
		assertThat(document.<String>get(code + ".summary")).isNotEmpty();
		assertThat(document.<String>get(code + ".description")).isNotEmpty();
		assertThat(document.<Object>get(code + ".parameters[0].example")).hasToString("451");
		assertThat(
				document.<String>get(code + ".responses.'200'.content.'application/json'.examples.'451'.value.title"))
			.isEqualTo("Local Error");
		assertThat(
				document.<String>get(code + ".responses.'200'.content.'application/json'.examples.'5.1.1'.value.kind"))
			.isEqualTo("enhanced");
		assertThat(document
			.<Boolean>get(code + ".responses.'200'.content.'application/json'.examples.'4.7.99'.value.registered"))
			.isFalse();
		assertThat(document.<Integer>get(
				code + ".responses.'400'.content.'application/problem+json'.examples.'malformed code'.value.status"))
			.isEqualTo(400);
		assertThat(document.<String>get(
				code + ".responses.'404'.content.'application/problem+json'.examples.'unknown subject'.value.type"))
			.isEqualTo("/problems/unknown-subject");
		assertThat(document.<String>get("paths.'/codes'.get.summary")).isNotEmpty();
		assertThat(document.<String>getList("paths.'/codes'.get.parameters.name")).contains("kind", "class", "q");
		assertThat(document.<String>get("paths.'/codes'.get.parameters.find { it.name == 'q' }.example"))
			.isEqualTo("greylist");
		assertThat(document.<Object>get("paths.'/codes'.get.parameters.find { it.name == 'class' }.example"))
			.hasToString("4");
		assertThat(document.<Integer>get(
				"paths.'/codes'.get.responses.'200'.content.'application/json'.examples.'class 4 reply codes'.value.count"))
			.isEqualTo(2);
		assertThat(document.<String>get("servers[0].url")).isEqualTo("/");
	}

	@Test
	void describesEveryRequestBodyWithItsMediaTypes() {
		JsonPath document = given().get("/v3/api-docs").then().statusCode(200).extract().jsonPath();
		Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
		paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
			if (operation.get("requestBody") instanceof Map<?, ?> body) {
				assertThat((Map<?, ?>) body.get("content")).as("the media types of the body of %s %s", method, path)
					.isNotEmpty();
			}
		}));
		assertThat(document.getMap("paths.'/bounces'.post.requestBody.content").keySet())
			.containsExactlyInAnyOrder("message/rfc822", "text/plain", "message/global", "application/mbox");
		assertThat(document.getString(
				"paths.'/bounces'.post.requestBody.content.'message/rfc822'.examples.'Postfix, unknown user'.value"))
			.contains("Final-Recipient:");
	}

	@Test
	void writesTheDocumentForTheLinter() throws IOException {
		// .ci/run lints this file with Redocly CLI: it must be the document served,
		// whole, and describe every route
		String served = given().get("/v3/api-docs").then().statusCode(200).extract().asString();
		Path file = Path.of("target/openapi.json");
		Files.writeString(file, served);
		assertThat(file).content().isEqualTo(served);
		JsonNode document = JsonMapper.builder().build().readTree(file.toFile());
		assertThat(document.path("openapi").asString()).startsWith("3.");

		Set<String> mapped = new TreeSet<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("org.smtpcodes")
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Hidden.class)
					&& !handler.hasMethodAnnotation(Hidden.class)) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				assertThat(methods).as("the HTTP methods of %s", handler).isNotEmpty();
				for (String pattern : info.getPatternValues()) {
					methods.forEach((method) -> mapped.add(method.name().toLowerCase(Locale.ROOT) + " " + pattern));
				}
			}
		});
		assertThat(mapped).as("the operations the controllers map").isNotEmpty();

		Set<String> described = new TreeSet<>();
		document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			String name = operation.getKey() + " " + path.getKey();
			described.add(name);
			JsonNode content = operation.getValue().path("responses").path("200").path("content");
			assertThat(content.isObject() && !content.isEmpty()).as("%s answers 200 with a body", name).isTrue();
			content.properties()
				.forEach((mediaType) -> assertThat(mediaType.getValue().path("schema").isObject())
					.as("%s answers 200 as %s with a schema", name, mediaType.getKey())
					.isTrue());
		}));
		assertThat(described).as("the operations the OpenAPI document describes").isEqualTo(mapped);
	}

	@Test
	void servesSwaggerUi() {
		assertThat(given().redirects().follow(true).get("/swagger-ui.html").then().statusCode(200).extract().asString())
			.contains("swagger-ui");
	}

}
