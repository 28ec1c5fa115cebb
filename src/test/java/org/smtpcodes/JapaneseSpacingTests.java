package org.smtpcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese the service writes around what it was sent keeps the spacing of Japanese
 * text: a space may stand between a Japanese word and a code or a Latin word, never
 * between two Japanese characters nor after a Japanese full stop or comma. Checked on the
 * answers to the real replies and bounces of Postfix, Exim and Sendmail (English text, so
 * that every Japanese character of an answer is the service's own).
 */
@ApiTest
class JapaneseSpacingTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void spacesTheJapaneseOfExplanationsByRule() throws IOException {
		List<String> findings = new ArrayList<>();
		int answers = 0;
		for (String file : List.of("postfix.tsv", "exim.tsv", "opensmtpd.tsv")) {
			for (String reply : replies(file)) {
				String answer = given().contentType(ContentType.JSON)
					.queryParam("lang", "ja")
					.body(Map.of("reply", reply))
					.post("/explain")
					.then()
					.extract()
					.asString();
				check(this.json.readTree(answer), file + " " + reply, findings);
				answers++;
			}
		}
		assertThat(findings).isEmpty();
		assertThat(answers).isGreaterThan(50);
		System.out.println("Japanese spacing: " + answers + " explanations checked");
	}

	@Test
	void spacesTheJapaneseOfBounceReportsByRule() throws IOException {
		List<String> findings = new ArrayList<>();
		int answers = 0;
		for (Resource bounce : new PathMatchingResourcePatternResolver()
			.getResources("classpath:bounces/lhost-*.eml")) {
			String name = bounce.getFilename();
			if (!name.startsWith("lhost-postfix") && !name.startsWith("lhost-exim")
					&& !name.startsWith("lhost-sendmail")) {
				continue;
			}
			byte[] message;
			try (InputStream in = bounce.getInputStream()) {
				message = in.readAllBytes();
			}
			String answer = given().contentType("message/rfc822")
				.queryParam("lang", "ja")
				.body(message)
				.post("/bounces")
				.then()
				.extract()
				.asString();
			check(this.json.readTree(answer), name, findings);
			answers++;
		}
		assertThat(findings).isEmpty();
		assertThat(answers).isGreaterThan(60);
		System.out.println("Japanese spacing: " + answers + " bounce reports checked");
	}

	@Test
	void findsASpaceBetweenTwoJapaneseCharacters() {
		List<String> findings = new ArrayList<>();
		check(this.json.readTree("{\"a\":\"どちらも 接続の開始への応答です\",\"b\":[\"です。 次に\"]}"), "made up", findings);
		check(this.json.readTree("{\"a\":\"220 は RCPT への応答です\"}"), "made up", findings);
		assertThat(findings).hasSize(2);
	}

	private static void check(JsonNode node, String where, List<String> findings) {
		if (node.isString()) {
			String text = node.asString();
			for (int i = 1; i + 1 < text.length(); i++) {
				char before = text.charAt(i - 1);
				if (text.charAt(i) == ' '
						&& ((japanese(before) && japanese(text.charAt(i + 1))) || before == '。' || before == '、')) {
					findings.add(where + ": " + text);
					return;
				}
			}
		}
		node.forEach((child) -> check(child, where, findings));
	}

	private static boolean japanese(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

	// the reply column of a recording, with its line breaks
	private static List<String> replies(String file) throws IOException {
		List<String> replies = new ArrayList<>();
		try (InputStream in = JapaneseSpacingTests.class.getResourceAsStream("/replies/" + file)) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
			for (int i = 1; i < lines.length; i++) {
				String[] columns = lines[i].split("\t");
				if (columns.length > 3 && !columns[3].isBlank()) {
					replies.add(columns[3].replace("\\n", "\n"));
				}
			}
		}
		return replies;
	}

}
