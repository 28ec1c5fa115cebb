package org.smtpcodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curl example in the README shows what the service really answers.
 */
@ApiTest
class ReadmeTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("```console\\n\\$ curl -s (?:-H '([^']+)' )?'?localhost:8080(\\S+?)'?\\n(.*?)\\n```", Pattern.DOTALL);

	@Test
	void everyCurlExampleShowsTheRealAnswer() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		List<String> checked = new ArrayList<>();
		Matcher example = EXAMPLE.matcher(readme);
		while (example.find()) {
			String header = example.group(1);
			String path = example.group(2);
			JsonNode documented = json.readTree(example.group(3));
			var request = given().urlEncodingEnabled(false);
			if (header != null) {
				request.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).strip());
			}
			JsonNode answered = json.readTree(request.get(path).asString());
			assertThat(answered).as("the README's answer to %s", path).isEqualTo(documented);
			checked.add(path);
		}
		assertThat(checked).contains("/codes/451", "/codes?class=3", "/codes/45x", "/codes/456", "/compare?a=450&b=550",
				"/codes/4.9.1");
	}

}
