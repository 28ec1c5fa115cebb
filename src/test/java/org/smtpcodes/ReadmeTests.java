package org.smtpcodes;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every curl example in the README and in docs/ shows what the service really answers,
 * and every relative link of them leads to a file of the repository.
 * <p>
 * An example is a {@code console} block whose first line is {@code $ curl -s ...}
 * (continued by lines ending in a backslash) and whose other lines are the JSON answer.
 * In docs/ the answer is shown whole and must equal the real one. The README shows
 * answers trimmed: every field it shows must be in the real answer with the value shown
 * (an array shows the first elements of the real one), and nothing else.
 */
@ApiTest
class ReadmeTests {

	private static final Pattern CONSOLE = Pattern.compile("```console\\n(.*?)\\n```", Pattern.DOTALL);

	// [text](target): the target up to a space or the closing parenthesis
	private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyExampleInTheDocsShowsTheWholeRealAnswer() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Path doc : docs()) {
			for (Example example : examples(doc)) {
				assertThat(example.answer(this.json)).as("%s: the answer to %s", doc, example)
					.isEqualTo(this.json.readTree(example.shown()));
				checked.add(example.method() + " " + example.path());
			}
		}
		assertThat(checked).contains("GET /codes/451", "GET /codes?class=3", "GET /codes/45x", "GET /codes/456",
				"GET /compare?a=450&b=550", "GET /codes/4.9.1", "POST /explain", "POST /bounces");
		assertThat(checked).anyMatch((request) -> request.startsWith("GET /explain?reply="));
	}

	@Test
	void everyExampleInTheReadmeShowsPartOfTheRealAnswer() throws IOException {
		List<String> checked = new ArrayList<>();
		for (Example example : examples(Path.of("README.md"))) {
			JsonNode shown = this.json.readTree(example.shown());
			JsonNode answered = example.answer(this.json);
			assertThat(shown.isEmpty()).as("the README's answer to %s shows something", example).isFalse();
			List<String> differences = new ArrayList<>();
			compare(shown, answered, "$", differences);
			assertThat(differences).as("the README's answer to %s, against the real answer %s", example, answered)
				.isEmpty();
			checked.add(example.method() + " " + example.path().replaceFirst("\\?.*", "?"));
		}
		// one example for each endpoint
		assertThat(checked).anyMatch((request) -> request.matches("GET /codes/[^?]+"))
			.contains("GET /codes?", "GET /compare?", "POST /explain", "GET /reasons", "POST /bounces");
	}

	@Test
	void everyRelativeLinkLeadsToAFile() throws IOException {
		List<Path> files = new ArrayList<>(docs());
		files.add(0, Path.of("README.md"));
		List<String> readmeLinks = new ArrayList<>();
		for (Path file : files) {
			Matcher link = LINK.matcher(Files.readString(file, StandardCharsets.UTF_8));
			while (link.find()) {
				String target = link.group(1);
				if (SCHEME.matcher(target).find() || target.startsWith("#")) {
					continue;
				}
				String path = URI.create(target.replaceFirst("#.*", "")).getPath();
				Path resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
				assertThat(resolved).as("%s links to %s", file, target).exists();
				if (file.equals(Path.of("README.md"))) {
					readmeLinks.add(Path.of("").toAbsolutePath().relativize(resolved).toString());
				}
			}
		}
		// the README is the map: every page of docs/ can be reached from it
		assertThat(readmeLinks).containsAll(docs().stream().map(Path::toString).toList());
	}

	// the shown JSON is part of the answered one: objects may leave fields out, arrays
	// may end early
	private static void compare(JsonNode shown, JsonNode answered, String where, List<String> differences) {
		if (shown.isObject() && answered.isObject()) {
			for (Map.Entry<String, JsonNode> field : shown.properties()) {
				JsonNode real = answered.get(field.getKey());
				if (real == null) {
					differences.add(where + "." + field.getKey() + " is not in the answer");
				}
				else {
					compare(field.getValue(), real, where + "." + field.getKey(), differences);
				}
			}
		}
		else if (shown.isArray() && answered.isArray()) {
			if (shown.size() > answered.size()) {
				differences.add(where + " shows " + shown.size() + " elements, the answer has " + answered.size());
			}
			Iterator<JsonNode> real = answered.iterator();
			int index = 0;
			for (JsonNode element : shown) {
				if (real.hasNext()) {
					compare(element, real.next(), where + "[" + index++ + "]", differences);
				}
			}
		}
		else if (!shown.equals(answered)) {
			differences.add(where + " is " + shown + " in the README, " + answered + " in the answer");
		}
	}

	private static List<Path> docs() throws IOException {
		try (var docs = Files.list(Path.of("docs"))) {
			return docs.filter((file) -> file.toString().endsWith(".md")).sorted().toList();
		}
	}

	private static List<Example> examples(Path file) throws IOException {
		List<Example> examples = new ArrayList<>();
		Matcher block = CONSOLE.matcher(Files.readString(file, StandardCharsets.UTF_8));
		while (block.find()) {
			List<String> lines = new ArrayList<>(List.of(block.group(1).split("\\n")));
			if (!lines.get(0).startsWith("$ curl ")) {
				continue;
			}
			StringBuilder command = new StringBuilder();
			while (!lines.isEmpty()) {
				String line = lines.remove(0);
				if (!line.endsWith("\\")) {
					command.append(line);
					break;
				}
				command.append(line, 0, line.length() - 1).append(' ');
			}
			assertThat(lines).as("%s: the answer to %s", file, command).isNotEmpty();
			examples.add(Example.of(file, command.substring(2), String.join("\n", lines)));
		}
		return examples;
	}

	/**
	 * A curl command of an example, as far as the examples use curl, and the answer it
	 * shows.
	 */
	record Example(String method, String path, List<String> headers, byte[] body, String command, String shown) {

		static Example of(Path file, String command, String shown) throws IOException {
			List<String> words = words(command);
			assertThat(words.subList(0, 2)).as("%s: %s", file, command).containsExactly("curl", "-s");
			String path = null;
			List<String> headers = new ArrayList<>();
			byte[] body = null;
			for (int i = 2; i < words.size(); i++) {
				String word = words.get(i);
				switch (word) {
					case "-H" -> headers.add(words.get(++i));
					case "-d" -> body = words.get(++i).getBytes(StandardCharsets.UTF_8);
					case "--data-binary" -> {
						String value = words.get(++i);
						assertThat(value).as("%s: %s", file, command).startsWith("@");
						body = Files.readAllBytes(Path.of(value.substring(1)));
					}
					default -> {
						assertThat(word).as("%s: an argument the test does not know in %s", file, command)
							.startsWith("localhost:8080/");
						path = word.substring("localhost:8080".length());
					}
				}
			}
			if (path == null) {
				fail("%s: no address in %s", file, command);
			}
			return new Example((body != null) ? "POST" : "GET", path, headers, body, command, shown);
		}

		// the words of a command line, with single quotes as the shell reads them
		private static List<String> words(String command) {
			List<String> words = new ArrayList<>();
			StringBuilder word = null;
			boolean quoted = false;
			for (char c : command.toCharArray()) {
				if (c == '\'') {
					quoted = !quoted;
					word = (word != null) ? word : new StringBuilder();
				}
				else if (c == ' ' && !quoted) {
					if (word != null) {
						words.add(word.toString());
						word = null;
					}
				}
				else {
					word = (word != null) ? word : new StringBuilder();
					word.append(c);
				}
			}
			assertThat(quoted).as("an unclosed quote in %s", command).isFalse();
			if (word != null) {
				words.add(word.toString());
			}
			return words;
		}

		JsonNode answer(JsonMapper json) {
			RequestSpecification request = given().urlEncodingEnabled(false);
			for (String header : this.headers) {
				int colon = header.indexOf(':');
				request.header(header.substring(0, colon), header.substring(colon + 1).strip());
			}
			if (this.body == null) {
				return json.readTree(request.get(this.path).asString());
			}
			return json.readTree(request.body(this.body).post(this.path).asString());
		}

		@Override
		public String toString() {
			return this.command;
		}

	}

}
