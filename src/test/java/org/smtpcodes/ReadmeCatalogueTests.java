package org.smtpcodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extra catalogue file of docs/catalogue.md (which the README points to), as an
 * operator would copy it: the service starts on it (the real loader checks it as it
 * checks any extra file) and answers with the code, the note and the rule it adds.
 */
@ApiTest
class ReadmeCatalogueTests {

	private static final Pattern YAML = Pattern.compile("```yaml\\n(# local\\.yaml.*?)\\n```", Pattern.DOTALL);

	@DynamicPropertySource
	static void extraCatalogue(DynamicPropertyRegistry registry) {
		try {
			Path extra = Files.createTempFile("local", ".yaml");
			extra.toFile().deleteOnExit();
			Files.writeString(extra, readmeExample(), StandardCharsets.UTF_8);
			registry.add("catalogue.extra", () -> extra.toUri().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String readmeExample() throws IOException {
		Matcher block = YAML.matcher(Files.readString(Path.of("docs/catalogue.md"), StandardCharsets.UTF_8));
		List<String> found = new ArrayList<>();
		while (block.find()) {
			found.add(block.group(1));
		}
		assertThat(found)
			.as("docs/catalogue.md's example of an extra catalogue file, a yaml block opening '# local.yaml'")
			.hasSize(1);
		return found.get(0) + "\n";
	}

	@Test
	void addsTheCodeInEveryLanguage() {
		given().get("/codes/559").then().statusCode(200);
		assertThat(given().get("/codes/559").jsonPath().getString("title")).isEqualTo("Gateway Refusal");
		assertThat(given().get("/codes/559").jsonPath().getBoolean("standard")).isFalse();
		assertThat(given().get("/codes/559?lang=ja").jsonPath().getString("title")).isEqualTo("ゲートウェイによる拒否");
	}

	@Test
	void replacesOneFieldOfAnExistingCode() {
		assertThat(given().get("/codes/550").jsonPath().getString("title")).isEqualTo("Mailbox Unavailable Here");
		assertThat(given().get("/codes/550").jsonPath().getString("description")).startsWith("The server will not");
	}

	@Test
	void addsTheNoteOfThePair() {
		assertThat(given().get("/compare?a=554&b=559").jsonPath().getList("notes", String.class)).singleElement()
			.asString()
			.startsWith("559 is our gateway's own refusal");
		assertThat(given().get("/compare?a=559&b=554&lang=ja").jsonPath().getList("notes", String.class))
			.singleElement()
			.asString()
			.startsWith("559 は");
	}

	@Test
	void putsTheRuleBeforeTheEmbeddedOnes() {
		// without the rule, the embedded catalogue reads this reply as rejected, from its
		// X.7.1
		var explanation = given().queryParam("reply", "550 5.7.1 ExampleGate rule 7: message refused")
			.get("/explain")
			.jsonPath();
		assertThat(explanation.getString("reason")).isEqualTo("spamdetected");
		assertThat(explanation.getString("evidence[0].detail")).contains("ExampleGate rule");
	}

}
