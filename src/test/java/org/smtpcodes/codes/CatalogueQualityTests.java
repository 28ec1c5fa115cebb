package org.smtpcodes.codes;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole catalogue reads well: complete sentences, no paragraph or sentence said
 * twice, no filler, well-formed links, resolvable related codes, examples filed under the
 * codes they carry.
 */
class CatalogueQualityTests {

	private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][\"')]?$", Pattern.DOTALL);

	private static final Pattern FILLER = Pattern
		.compile("(?i)(this code indicates|indicates a code|lorem ipsum|TODO|TBD|\\.\\.\\.$|placeholder)");

	private static final Pattern REFERENCE_URL = Pattern
		.compile("https://www\\.rfc-editor\\.org/rfc/rfc\\d+\\.html(#section-\\d+(\\.\\d+)*)?"
				+ "|https://www\\.iana\\.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes\\.xhtml"
				+ "|https://datatracker\\.ietf\\.org/doc/draft-[a-z0-9-]+/");

	private final Catalogue catalogue = CatalogueTests.catalogue();

	@Test
	void everyTextIsMadeOfCompleteSentences() throws IOException {
		for (Text text : texts("en")) {
			if (text.field().equals("title") || text.field().equals("name")) {
				assertThat(text.value()).as(text.where()).doesNotEndWith(".").doesNotContainPattern(FILLER);
				continue;
			}
			assertThat(text.value()).as(text.where())
				.matches(SENTENCE_END)
				.doesNotContain("  ")
				.doesNotContainPattern(FILLER);
			assertThat(Character.isUpperCase(text.value().charAt(0)) || !Character.isLetter(text.value().charAt(0)))
				.as("%s starts a sentence", text.where())
				.isTrue();
		}
	}

	@Test
	void everyDescriptionHasAtLeastTwoSentences() throws IOException {
		for (Text text : texts("en")) {
			if (text.field().equals("description") && !text.where().contains("categories")
					&& !text.where().contains("replyClasses") && !text.where().contains("enhancedClasses")) {
				assertThat(sentences(text.value())).as(text.where()).hasSizeGreaterThanOrEqualTo(2);
			}
		}
	}

	@Test
	void noParagraphOrSentenceIsSaidTwice() throws IOException {
		Map<String, String> paragraphs = new HashMap<>();
		Map<String, String> longSentences = new HashMap<>();
		List<String> repeats = new ArrayList<>();
		for (Text text : texts("en")) {
			if (text.field().equals("title") || text.field().equals("name")) {
				continue;
			}
			String first = paragraphs.putIfAbsent(text.value(), text.where());
			if (first != null) {
				repeats.add(text.where() + " repeats " + first);
			}
			for (String sentence : sentences(text.value())) {
				if (sentence.length() >= 60) {
					String firstSentence = longSentences.putIfAbsent(sentence, text.where());
					if (firstSentence != null && !firstSentence.equals(text.where())) {
						repeats.add(text.where() + " repeats a sentence of " + firstSentence + ": " + sentence);
					}
				}
			}
		}
		assertThat(repeats).isEmpty();
	}

	@Test
	void everyReferenceLinkIsWellFormed() {
		for (CodeDocument document : this.catalogue.documents("en").values()) {
			for (CodeDocument.Reference reference : document.references()) {
				assertThat(reference.url()).as("%s: %s", document.code(), reference.document()).matches(REFERENCE_URL);
				if (reference.section() != null) {
					assertThat(reference.url()).endsWith("#section-" + reference.section());
				}
			}
		}
	}

	@Test
	void everyLinkedCodeExistsWithTheTitleShown() {
		for (CodeDocument document : this.catalogue.documents("en").values()) {
			List<CodeDocument.Link> links = new ArrayList<>(document.related());
			links.addAll(document.replyCodes());
			links.addAll(document.enhancedCodes());
			for (CodeDocument.Link link : links) {
				CodeDocument target = this.catalogue.require(link.code(), "en");
				assertThat(link.title()).as("%s links %s", document.code(), link.code()).isEqualTo(target.title());
				assertThat(link.href()).isEqualTo("/codes/" + target.code());
				assertThat(link.code()).as("%s relates to itself", document.code()).isNotEqualTo(document.code());
			}
		}
	}

	@Test
	void everyExampleCarriesTheCodeItIsFiledUnder() {
		int examples = 0;
		for (CodeDocument document : this.catalogue.documents("en").values()) {
			for (CodeDocument.Example example : document.examples()) {
				examples++;
				if (document.kind().equals(CodeDocument.REPLY)) {
					assertThat(example.reply()).matches(document.code() + "[ -].*");
				}
				else {
					assertThat(example.reply()).matches("[2-5]\\d\\d[ -]" + Pattern.quote(document.code()) + "\\b.*");
				}
				assertThat(example.source()).isNotBlank();
			}
		}
		assertThat(examples).isGreaterThan(40);
	}

	@Test
	void everyNonStandardCodeSaysHowAClientActsOnIt() {
		// RFC 5321 section 4.2: a client acts on the first digit of a code it does not
		// know
		for (CodeDocument document : this.catalogue.documents("en").values()) {
			if (!document.standard() && document.kind().equals(CodeDocument.REPLY)) {
				String texts = String.join(" ", document.description(), document.whenYouSeeIt(), document.howToFix(),
						(document.retry() != null) ? document.retry().advice() : "");
				assertThat(texts).as(document.code())
					.containsPattern("(?i)(first digit|leading \\d|section 4\\.2\\b|experimental)");
			}
		}
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		String rest = text;
		while (!rest.isEmpty()) {
			String sentence = CodeDocument.firstSentence(rest);
			sentences.add(sentence.strip());
			rest = rest.substring(sentence.length()).strip();
		}
		return sentences;
	}

	@SuppressWarnings("unchecked")
	static List<Text> texts(String language) throws IOException {
		List<Text> texts = new ArrayList<>();
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath:catalogue/texts/" + language + "/*.yaml");
		assertThat(files).isNotEmpty();
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				Map<String, Object> sections = new Yaml().load(in);
				sections.forEach((section, entries) -> {
					for (Map<String, Object> entry : (List<Map<String, Object>>) entries) {
						Object key = entry.containsKey("code") ? entry.get("code")
								: entry.containsKey("pair") ? entry.get("pair")
										: entry.containsKey("reason") ? entry.get("reason") : entry.get("digit");
						entry.forEach((field, value) -> {
							if (value instanceof String string && !List.of("code", "pair", "reason").contains(field)) {
								texts.add(new Text(file.getFilename() + ": " + section + "[" + key + "]." + field,
										field, string.strip()));
							}
						});
					}
				});
			}
		}
		return texts;
	}

	record Text(String where, String field, String value) {
	}

}
