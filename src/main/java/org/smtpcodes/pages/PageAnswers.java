package org.smtpcodes.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.smtpcodes.bounces.BounceReport;
import org.smtpcodes.maillog.MailLogReport;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeFilter;
import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.compare.Comparison;
import org.smtpcodes.compare.Comparisons;
import org.smtpcodes.explain.Explainer;
import org.smtpcodes.explain.Explanation;
import org.smtpcodes.system.Answer;

import org.springframework.stereotype.Component;

/**
 * Every page, rendered from the features' answers. A page that depends only on the
 * catalogue (a code, a comparison, the home page, the list) is rendered once per language
 * and kept with its gzip form, like the JSON answers, up to {@value #MAX_BYTES} bytes in
 * all (the least used are dropped); the answers to forms are rendered for their request.
 */
@Component
class PageAnswers {

	/** How many bytes of kept pages, with their gzip forms, at most. */
	static final long MAX_BYTES = 8L * 1024 * 1024;

	/** How many characters of a pasted reply a page's title shows. */
	private static final int TITLE_QUOTE = 60;

	private final Pages pages;

	private final Catalogue catalogue;

	private final Comparisons comparisons;

	private final Explainer explainer;

	private final Cache<Key, Answer> kept = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, Answer page) -> page.body().length + page.gzip().length)
		.build();

	PageAnswers(Pages pages, Catalogue catalogue, Comparisons comparisons, Explainer explainer) {
		this.comparisons = comparisons;
		this.explainer = explainer;
		this.pages = pages;
		this.catalogue = catalogue;
	}

	/** The home page. */
	Answer home(String language) {
		return this.kept.get(new Key("home", "", language), (key) -> {
			Labels labels = this.pages.labels(language);
			Frame frame = this.pages.frame(language, labels.get("home.title"), labels.get("home.description"), "/",
					null);
			return Answer.keptPage(
					this.pages.render("home.jte", Map.of("frame", frame, "home", Home.of(this.catalogue, language))));
		});
	}

	/** The list of codes that let a filter through: kept when it lists them all. */
	Answer codes(CodeFilter filter, String language) {
		if (filter.isEmpty()) {
			return this.kept.get(new Key("codes", "", language),
					(key) -> Answer.keptPage(renderCodes(filter, language)));
		}
		return Answer.page(renderCodes(filter, language));
	}

	/** The page of a code as a reader wrote it: kept when the catalogue holds it. */
	Answer code(String code, String language) {
		CodeDocument document = this.catalogue.require(code, language);
		if (!this.catalogue.documents(language).containsKey(document.code())) {
			return Answer.page(renderCode(document, language));
		}
		return this.kept.get(new Key("code", document.code(), language),
				(key) -> Answer.keptPage(renderCode(document, language)));
	}

	/**
	 * The page of the comparison of two codes as a reader wrote them: kept by what they
	 * wrote, so that a kept page costs no comparison.
	 * @see Comparisons#compare(String, String, String)
	 */
	Answer comparison(String a, String b, String language) {
		return this.kept.get(new Key("compare", a + "\n" + b, language), (key) -> {
			Comparison comparison = this.comparisons.compare(a, b, language);
			Frame frame = this.pages.frame(language, comparison.title(), comparison.summary(),
					CodeDocument.compareHref(comparison.a().code(), comparison.b().code()), null);
			return Answer
				.keptPage(this.pages.render("comparison.jte", Map.of("frame", frame, "comparison", comparison)));
		});
	}

	/**
	 * The page of an explanation.
	 * @param reply the text the reader gave
	 * @param explanation what it means
	 * @param addressed whether the page has an address of its own ({@code GET
	 * /explain?reply=}), or answers a form
	 * @param language the page's language
	 */
	Answer explanation(String reply, Explanation explanation, boolean addressed, String language) {
		Labels labels = this.pages.labels(language);
		String title = labels.get("explanation.title", quote(reply));
		Frame frame = this.pages.frame(language, title, explanation.action(),
				addressed ? "/explain?reply=" + URLEncoder.encode(reply, StandardCharsets.UTF_8) : null, null);
		return Answer.page(this.pages.render("explanation.jte",
				Map.of("frame", frame, "reply", reply, "explanation", explanation)));
	}

	/** The page of a bounce's report. */
	byte[] bounce(BounceReport report, String language) {
		Labels labels = this.pages.labels(language);
		Frame frame = this.pages.frame(language, labels.get("bounce.title"), labels.get("bounce.description"), null,
				null);
		Map<String, String> reasons = new HashMap<>();
		for (BounceReport.Recipient recipient : report.recipients()) {
			if (recipient.reason() != null) {
				reasons.computeIfAbsent(recipient.reason(), (reason) -> this.explainer.describe(reason, language));
			}
		}
		return this.pages.render("bounce.jte", Map.of("frame", frame, "report", report, "reasons", reasons));
	}

	/** The page of a mail log's report. */
	byte[] mailLog(MailLogReport report, String language) {
		Labels labels = this.pages.labels(language);
		Frame frame = this.pages.frame(language, labels.get("log.title"), labels.get("log.description"), null, null);
		return this.pages.render("maillog.jte", Map.of("frame", frame, "report", report));
	}

	private byte[] renderCodes(CodeFilter filter, String language) {
		Labels labels = this.pages.labels(language);
		List<CodeSummary> codes = this.catalogue.list(filter, language);
		String title = (filter.query() != null) ? labels.get("codes.found", withoutBidiControls(filter.query()))
				: labels.get("codes.title");
		Frame frame = this.pages.frame(language, title, labels.get("codes.description"), "/codes" + query(filter),
				null);
		return this.pages.render("codes.jte", Map.of("frame", frame, "filter", filter, "codes", codes));
	}

	private byte[] renderCode(CodeDocument document, String language) {
		Labels labels = this.pages.labels(language);
		String title = "SMTP " + document.code() + " " + document.title();
		String path = document.link().href();
		Frame frame = this.pages.frame(language, title, document.summary().summary(), path,
				definedTerm(document, labels, path));
		return this.pages.render("code.jte",
				Map.of("frame", frame, "code", document, "otherClasses", otherClasses(document, language)));
	}

	// an enhanced code's detail in the other classes the catalogue explains it in: 4.1.1
	// beside 5.1.1
	private List<CodeSummary> otherClasses(CodeDocument document, String language) {
		if (!document.kind().equals(CodeDocument.ENHANCED)) {
			return List.of();
		}
		Map<String, CodeDocument> documents = this.catalogue.documents(language);
		List<CodeSummary> others = new ArrayList<>();
		for (String digit : List.of("2", "4", "5")) {
			CodeDocument other = documents.get(digit + document.code().substring(1));
			if (other != null && !other.code().equals(document.code())) {
				others.add(other.summary());
			}
		}
		return others;
	}

	// schema.org: a code is a defined term of the set of its kind
	private Map<String, Object> definedTerm(CodeDocument document, Labels labels, String path) {
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("@type", "DefinedTermSet");
		set.put("name", labels.get("codes.kind." + document.kind()));
		set.put("url", this.pages.url(labels.href("/codes?kind=" + document.kind())));
		Map<String, Object> term = new LinkedHashMap<>();
		term.put("@context", "https://schema.org");
		term.put("@type", "DefinedTerm");
		term.put("termCode", document.code());
		term.put("name", document.title());
		term.put("description", document.description());
		term.put("inLanguage", labels.language());
		term.put("url", this.pages.url(labels.href(path)));
		term.put("inDefinedTermSet", set);
		return term;
	}

	private static String query(CodeFilter filter) {
		List<String> parameters = new ArrayList<>();
		if (filter.kind() != null) {
			parameters.add("kind=" + filter.kind());
		}
		if (filter.classDigit() != null) {
			parameters.add("class=" + filter.classDigit());
		}
		if (filter.query() != null) {
			parameters.add("q=" + URLEncoder.encode(filter.query(), StandardCharsets.UTF_8));
		}
		return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
	}

	// the first line of a pasted text, cut to fit a title
	private static String quote(String text) {
		String line = withoutBidiControls(text).strip().lines().findFirst().orElse("");
		return (line.length() > TITLE_QUOTE) ? line.substring(0, TITLE_QUOTE) + "…" : line;
	}

	// a reader's text for a title, where no <bdi> can isolate it: without the controls of
	// bidirectional text, which would turn the rest of the title around (the page's body
	// shows the text as it was, isolated)
	static String withoutBidiControls(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
					|| (c >= '\u2066' && c <= '\u2069');
			if (!control) {
				plain.append(c);
			}
		}
		return plain.toString();
	}

	private record Key(String page, String id, String language) {
	}

}
