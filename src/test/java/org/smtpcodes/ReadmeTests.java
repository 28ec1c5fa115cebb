package org.smtpcodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curl example in the README shows what the service really answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("```console\\n\\$ curl -s '?localhost:8080(\\S+?)'?\\n(.*?)\\n```", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Test
	void everyCurlExampleShowsTheRealAnswer() throws IOException {
		RestAssured.port = this.port;
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		List<String> checked = new ArrayList<>();
		Matcher example = EXAMPLE.matcher(readme);
		while (example.find()) {
			String path = example.group(1);
			JsonNode documented = json.readTree(example.group(2));
			JsonNode answered = json.readTree(given().urlEncodingEnabled(false).get(path).asString());
			assertThat(answered).as("the README's answer to %s", path).isEqualTo(documented);
			checked.add(path);
		}
		assertThat(checked).contains("/codes/451", "/codes?class=3", "/codes/45x", "/codes/456");
	}

}
