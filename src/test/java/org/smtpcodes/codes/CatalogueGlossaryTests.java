package org.smtpcodes.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Japanese text keeps to the glossary (catalogue/texts/ja-glossary.yaml): one term
 * per concept, and none of the variants the glossary lists under {@code avoid}.
 *
 * <p>
 * A variant made of letters (一時的エラー, リレー) is looked for in the raw text of every file,
 * comments included, line by line. A variant made only of ASCII punctuation (the double
 * quote) is YAML syntax as well, so it is looked for in the scalar values of the YAML
 * files as SnakeYAML reads them: {@code code: "550"} and comments are allowed, a quote
 * inside a sentence is not. The service's messages are not held to the punctuation
 * variants: a message may show JSON, whose syntax is the double quote.
 */
class CatalogueGlossaryTests {

	private static final String GLOSSARY = "catalogue/texts/ja-glossary.yaml";

	private static final String MESSAGES = "messages_ja.properties";

	private static final List<Term> TERMS = glossary();

	@Test
	void keepsTheGlossarySane() {
		assertThat(TERMS).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Term term : TERMS) {
			if (isBlank(term.en()) || isBlank(term.ja())) {
				problems.add("a term without en or ja: " + term);
			}
			for (String variant : term.avoid()) {
				if (isBlank(variant)) {
					problems.add(term.en() + ": a blank variant to avoid");
					continue;
				}
				for (Term other : TERMS) {
					// a term that holds a variant would be reported wherever it is used
					if (other.ja() != null && other.ja().contains(variant)) {
						problems
							.add(term.en() + ": avoids " + variant + ", which the term " + other.ja() + " contains");
					}
				}
			}
		}
		assertThat(problems).as("problems of " + GLOSSARY).isEmpty();
	}

	@Test
	void everyJapaneseTextKeepsToTheGlossary() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath:catalogue/texts/ja/*.yaml");
		assertThat(files).as("the Japanese texts").isNotEmpty();
		List<String> misuses = new ArrayList<>();
		int texts = 0;
		for (Resource file : files) {
			Check check = check("catalogue/texts/ja/" + file.getFilename(),
					file.getContentAsString(StandardCharsets.UTF_8));
			misuses.addAll(check.misuses());
			texts += check.texts();
		}
		Check messages = check(MESSAGES, new ClassPathResource(MESSAGES).getContentAsString(StandardCharsets.UTF_8));
		misuses.addAll(messages.misuses());
		texts += messages.texts();
		assertThat(messages.texts()).as("the messages of " + MESSAGES).isGreaterThan(100);
		assertThat(texts).as("the texts checked").isGreaterThan(1000);
		System.out.printf("glossary: %d terms, %d texts checked in %d files%n", TERMS.size(), texts, files.length + 1);
		assertThat(misuses).as("variants the glossary avoids, in %d texts", texts).isEmpty();
	}

	@Test
	void reportsAvoidedVariantsWithTheirFileAndLine() {
		String text = """
				# a comment may "quote" what it likes
				replyCodes:
				  - code: "451"
				    title: ローカルエラー
				    description: >-
				      最後の "." に対する 451 は一時的エラーです。
				      RFC 5321 の 4.2.3 節です。
				""";
		Check check = check("bad.yaml", text);
		assertThat(check.texts()).isEqualTo(3);
		assertThat(check.misuses()).containsExactly("bad.yaml:4: ローカルエラー (use 処理中のエラー):     title: ローカルエラー",
				"bad.yaml:6: 一時的エラー (use 一時的なエラー):       最後の \".\" に対する 451 は一時的エラーです。",
				"bad.yaml:6: \" (use 「」 (Japanese corner brackets)):       最後の \".\" に対する 451 は一時的エラーです。");
		assertThat(check("good.yaml",
				text.replace("ローカルエラー", "処理中のエラー").replace("一時的エラー", "一時的なエラー").replace("\".\"", "「.」"))
			.misuses()).isEmpty();
		assertThat(check("bad.properties", "code.title=リレー\ncode.body='{'\"reply\": \"550\"'}'\n").misuses())
			.containsExactly("bad.properties:1: リレー (use 中継): code.title=リレー");
	}

	/**
	 * The misuses of the glossary in one Japanese text file, each as
	 * {@code file:line: variant (use term): line}, and the number of texts the file holds
	 * (scalar values of a YAML file, messages of a properties file).
	 */
	static Check check(String file, String content) {
		List<String> misuses = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		for (int line = 0; line < lines.length; line++) {
			for (Term term : TERMS) {
				for (String variant : term.avoid()) {
					if (!isPunctuation(variant) && lines[line].contains(variant)) {
						misuses.add(misuse(file, line, variant, term, lines));
					}
				}
			}
		}
		if (!file.endsWith(".yaml")) {
			long messages = content.lines().filter((line) -> !line.isBlank() && !line.startsWith("#")).count();
			return new Check(misuses, (int) messages);
		}
		List<ScalarNode> values = new ArrayList<>();
		collectValues(new Yaml().compose(new StringReader(content)), values);
		for (ScalarNode value : values) {
			for (Term term : TERMS) {
				for (String variant : term.avoid()) {
					if (isPunctuation(variant) && value.getValue().contains(variant)) {
						misuses.add(misuse(file, lineOf(value, variant, lines), variant, term, lines));
					}
				}
			}
		}
		return new Check(misuses, values.size());
	}

	private static String misuse(String file, int line, String variant, Term term, String[] lines) {
		return "%s:%d: %s (use %s): %s".formatted(file, line + 1, variant, term.ja(), lines[line]);
	}

	/**
	 * The line of a value where the variant is: in a folded or plain scalar, the first
	 * line that holds it; otherwise the line the value starts on.
	 */
	private static int lineOf(ScalarNode value, String variant, String[] lines) {
		int start = value.getStartMark().getLine();
		if (value.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED) {
			return start;
		}
		for (int line = start; line <= Math.min(value.getEndMark().getLine(), lines.length - 1); line++) {
			if (lines[line].contains(variant)) {
				return line;
			}
		}
		return start;
	}

	/** The scalar values of a YAML document; keys are the format's, not texts. */
	private static void collectValues(Node node, List<ScalarNode> values) {
		if (node instanceof ScalarNode scalar) {
			values.add(scalar);
		}
		else if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach((item) -> collectValues(item, values));
		}
		else if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				collectValues(tuple.getValueNode(), values);
			}
		}
	}

	private static boolean isPunctuation(String variant) {
		return variant.chars().allMatch((c) -> c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	@SuppressWarnings("unchecked")
	private static List<Term> glossary() {
		try (InputStream in = new ClassPathResource(GLOSSARY).getInputStream()) {
			Map<String, Object> glossary = new Yaml().load(in);
			List<Term> terms = new ArrayList<>();
			for (Map<String, Object> entry : (List<Map<String, Object>>) glossary.get("terms")) {
				List<Object> avoid = (List<Object>) entry.getOrDefault("avoid", List.of());
				terms.add(new Term(string(entry.get("en")), string(entry.get("ja")),
						avoid.stream().map(CatalogueGlossaryTests::string).toList()));
			}
			return terms;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** One concept: its English name, its one Japanese term, the variants to avoid. */
	record Term(String en, String ja, List<String> avoid) {
	}

	/** What checking one file found. */
	record Check(List<String> misuses, int texts) {
	}

}
