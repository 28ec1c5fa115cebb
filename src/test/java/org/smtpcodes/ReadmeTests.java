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
 * Every curl example in the README and in docs/ shows what the service really answers.
 */
@ApiTest
class ReadmeTests {

	private static final Pattern EXAMPLE = Pattern
		.compile("```console\\n\\$ curl -s (?:-H '([^']+)' )?'?localhost:8080(\\S+?)'?\\n(.*?)\\n```", Pattern.DOTALL);

	// a POST of a file of the repository: curl -s localhost:8080/bounces -H 'Content-Type: ...' --data-binary @file
	private static final Pattern POST_FILE = Pattern.compile(
			"```console\\n\\$ curl -s localhost:8080(\\S+) -H '([^']+)' --data-binary @(\\S+)\\n(.*?)\\n```",
			Pattern.DOTALL);

	@Test
	void everyPostOfAFileInTheDocsShowsTheRealAnswer() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		List<String> checked = new ArrayList<>();
		try (var docs = Files.list(Path.of("docs"))) {
			for (Path doc : docs.filter((file) -> file.toString().endsWith(".md")).toList()) {
				Matcher example = POST_FILE.matcher(Files.readString(doc, StandardCharsets.UTF_8));
				while (example.find()) {
					String header = example.group(2);
					byte[] body = Files.readAllBytes(Path.of(example.group(3)));
					JsonNode answered = json.readTree(given()
						.header(header.substring(0, header.indexOf(':')), header.substring(header.indexOf(':') + 1).strip())
						.body(body)
						.post(example.group(1))
						.asString());
					assertThat(answered).as("%s: the answer to %s", doc, example.group(3))
						.isEqualTo(json.readTree(example.group(4)));
					checked.add(example.group(1));
				}
			}
		}
		assertThat(checked).contains("/bounces");
	}

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
