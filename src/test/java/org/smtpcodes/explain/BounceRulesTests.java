package org.smtpcodes.explain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The phrases of the bounce rules: a plain phrase found without its pattern finds exactly
 * what the pattern finds. The reasons are written in every language.
 */
class BounceRulesTests {

	@Test
	void findsPlainPhrasesExactlyAsTheirPatternsDo() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String corpus : List.of("corpora/sisimai-dev.tsv", "corpora/sisimai-provider-replies.tsv")) {
			new ClassPathResource(corpus).getContentAsString(StandardCharsets.UTF_8).lines().forEach(texts::add);
		}
		texts.addAll(List.of("NO SUCH USER here", "xno such user", "no such userx", "no such user_",
				"İstanbul no such user", "user unknown", "User Unknown.", "unknown", "", "routing loop", "a loop",
				"loops", "auto-reply", "autoreply", "automatic response", "mailbox is full", "mailbox full",
				"over quota", "overquota", "The \u212Aelvin mailbox full", "mail box quota exceeded",
				"Mailbox Size Limit Exceeded", "recipient address is disabled", "ſender rejected",
				"421 4.7.0 [BL22] from 192.0.2.1", "550 5.7.620 Access denied", "AUP#In-1310", "AUP#O-1245",
				"LPN007_416", "ofr_506 [506]", "RP-002", "POL-T2", "IB112", "mail.i.ua/err/10/"));
		BounceRules rules = TestExplainer.rules();
		List<BounceRules.Phrase> phrases = new ArrayList<>();
		rules.rules().forEach((rule) -> phrases.addAll(rule.patterns()));
		rules.providers().forEach((provider) -> {
			phrases.addAll(provider.patterns());
			provider.reasons().forEach((rule) -> phrases.addAll(rule.patterns()));
		});
		long plain = phrases.stream().filter((phrase) -> phrase.literals() != null).count();
		assertThat(plain).as("phrases found without running their pattern").isGreaterThan(phrases.size() * 3 / 4);
		for (BounceRules.Phrase phrase : phrases) {
			for (String text : texts) {
				String lowerCase = BounceRules.Phrase.lowerCase(text);
				var matcher = phrase.pattern().matcher(text);
				boolean found = matcher.find();
				String expected = found ? matcher.group() : null;
				assertThat(phrase.find(text, lowerCase)).as("/%s/ in %s", phrase.source(), text).isEqualTo(expected);
				if (found && phrase.required() != null) {
					String match = lowerCase.substring(matcher.start(), matcher.end());
					assertThat(phrase.required()).as("/%s/ holds one of these in %s", phrase.source(), text)
						.anyMatch(match::contains);
				}
			}
		}
	}

	@Test
	void writesEveryReasonInJapanese() {
		Pattern japanese = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
		BounceRules rules = TestExplainer.rules();
		assertThat(rules.reasons()).hasSizeGreaterThan(20);
		for (BounceRules.Reason reason : rules.reasons()) {
			BounceRules.ReasonText text = rules.text(reason.id(), "ja");
			assertThat(text.description()).as(reason.id()).containsPattern(japanese);
			assertThat(text.action()).as(reason.id()).containsPattern(japanese);
			assertThat(rules.text(reason.id(), "en").description()).as(reason.id()).isNotEqualTo(text.description());
		}
	}

	@Test
	void keepsEveryIndexWhenLoweringCase() {
		assertThat(BounceRules.Phrase.lowerCase("İSTANBUL User ǅ \u212A")).hasSize("İSTANBUL User ǅ \u212A".length())
			.isEqualTo("İstanbul user ǅ k");
	}

	@Test
	void expandsPlainPatternsInTheOrderAPatternPrefersThem() {
		assertThat(BounceRules.Expansion.of("(routing )?loop")).containsExactly("routing loop", "loop");
		assertThat(BounceRules.Expansion.of("auto(matic)?[- ]?(reply|response)")).startsWith("automatic-reply",
				"automatic-response", "automatic reply");
		assertThat(BounceRules.Expansion.of("DNS (error|type)")).containsExactly("dns error", "dns type");
		assertThat(BounceRules.Expansion.of("has moved.*no forwarding")).isNull();
		assertThat(BounceRules.Expansion.of("[a-z0-9.-]+")).isNull();
		assertThat(BounceRules.Expansion.of("support\\.apple\\.com")).containsExactly("support.apple.com");
		assertThat(BounceRules.Expansion.of("(グループ|그룹)")).containsExactly("グループ", "그룹");
		assertThat(BounceRules.Expansion.of("(группа|ομάδα)")).as("letters with case are left to the pattern").isNull();
	}

	@Test
	void expandsTheRangesOfACharacterClass() {
		assertThat(BounceRules.Expansion.of("BL2[1-3]")).containsExactly("bl21", "bl22", "bl23");
		assertThat(BounceRules.Expansion.of("x[a-c-]")).containsExactly("xa", "xb", "xc", "x-");
		// not among letters or digits, or too long to be worth listing: the pattern runs
		// as it is
		assertThat(BounceRules.Expansion.of("[!-~]")).isNull();
		BounceRules.Phrase phrase = BounceRules.Phrase.of("\\bBL2[1-3]\\b");
		assertThat(phrase.find("550 BL22 blocked", "550 bl22 blocked")).isEqualTo("BL22");
		assertThat(phrase.find("550 BL2- blocked", "550 bl2- blocked")).isNull();
	}

	@Test
	void givesAPatternOnlyTheTextsThatHoldItsLongestPlainPart() {
		assertThat(BounceRules.Expansion.required("has moved\\b.*\\bno forwarding\\b"))
			.containsExactly("no forwarding");
		assertThat(BounceRules.Expansion.required("(sender|recipient) address\\b.*")).containsExactly("sender address",
				"recipient address");
		assertThat(BounceRules.Expansion.required("messages from \\S+ weren't sent")).containsExactly("messages from ");
		assertThat(BounceRules.Expansion.required("abc*d")).as("a repeated letter is not required")
			.containsExactly("ab");
		assertThat(BounceRules.Expansion.required("(a )?b.*")).containsExactly("a b", "b");
		assertThat(BounceRules.Expansion.required("[a-z0-9.-]+\\.[a-z]{2,} does not exist\\b"))
			.containsExactly(" does not exist");
		assertThat(BounceRules.Expansion.required("(группа|ομάδα)[^.:]*\\(")).containsExactly("(");
		assertThat(BounceRules.Expansion.required("[^]a]x{2,3}?yz")).containsExactly("yz");
		assertThat(BounceRules.Expansion.required("a.*|b")).as("alternatives at the top").isNull();
		assertThat(BounceRules.Expansion.required("(a)?.*")).isNull();
		assertThat(BounceRules.Expansion.required("\\S+\\s*[0-9]+")).isNull();
		BounceRules.Phrase phrase = BounceRules.Phrase.of("\\bunresolvable\\b.*\\bfrom domain\\b");
		assertThat(phrase.literals()).isNull();
		assertThat(phrase.required()).containsExactly("unresolvable");
		assertThat(phrase.find("Unresolvable RFC5321 from domain", "unresolvable rfc5321 from domain"))
			.isEqualTo("Unresolvable RFC5321 from domain");
		assertThat(phrase.find("from domain, unresolvable", "from domain, unresolvable")).isNull();
	}

}
