package org.smtpcodes.codes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.smtpcodes.codes.CodeDocument.Category;
import org.smtpcodes.codes.CodeDocument.CodeClass;
import org.smtpcodes.codes.CodeDocument.Example;
import org.smtpcodes.codes.CodeDocument.Link;
import org.smtpcodes.codes.CodeDocument.Part;
import org.smtpcodes.codes.CodeDocument.Reference;
import org.smtpcodes.codes.CodeDocument.Retry;
import org.smtpcodes.codes.Texts.ClassText;
import org.smtpcodes.codes.Texts.DetailText;
import org.smtpcodes.codes.Texts.SubjectText;

import org.springframework.context.MessageSource;

/**
 * The immutable, validated catalogue: every code's document in every configured language,
 * built once when the catalogue is loaded. Only enhanced codes with an unregistered
 * detail (4.7.99) are built on request, from their class and subject, as RFC 3463 asks
 * clients to read them.
 */
public final class Catalogue {

	private final Provenance provenance;

	private final List<String> languages;

	private final Map<String, Texts> texts;

	private final Map<String, Facts.Heading> subjects;

	private final Map<String, Facts.Detail> details;

	private final java.util.Set<Pair> pairs;

	private final MessageSource messages;

	// language -> code -> document, in catalogue order
	private final Map<String, Map<String, CodeDocument>> documents = new LinkedHashMap<>();

	Catalogue(Provenance provenance, List<String> languages, Map<String, Facts.ReplyCode> replyCodes,
			Map<String, Facts.Heading> subjects, Map<String, Facts.Detail> details, List<Facts.Example> examples,
			java.util.Set<Pair> pairs, Map<String, Texts> texts, MessageSource messages) {
		this.provenance = provenance;
		this.languages = List.copyOf(languages);
		this.texts = Map.copyOf(texts);
		this.subjects = Map.copyOf(subjects);
		this.details = Map.copyOf(details);
		this.pairs = java.util.Set.copyOf(pairs);
		this.messages = messages;
		for (String language : this.languages) {
			this.documents.put(language, new Builder(this.texts.get(language), replyCodes, examples).build());
		}
	}

	/** Where the catalogue's facts come from. */
	public Provenance provenance() {
		return this.provenance;
	}

	/** The languages every text is written in, the first being the default. */
	public List<String> languages() {
		return this.languages;
	}

	/** The default language. */
	public String defaultLanguage() {
		return this.languages.get(0);
	}

	/** How many documents of each kind the catalogue holds. */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (CodeDocument document : documents(defaultLanguage()).values()) {
			counts.merge(document.kind(), 1L, Long::sum);
		}
		return counts;
	}

	/**
	 * The document of a code.
	 * @param text the code as the client wrote it
	 * @param language one of {@link #languages()}
	 * @return the document
	 * @throws MalformedCode if the text is not a well-formed code
	 * @throws UnknownCode if the catalogue does not hold it
	 */
	public CodeDocument require(String text, String language) {
		return require(CodeId.parse(text), language);
	}

	/**
	 * The document of a well-formed code.
	 * @param id the code
	 * @param language one of {@link #languages()}
	 * @return the document
	 * @throws UnknownCode if the catalogue does not hold it
	 */
	public CodeDocument require(CodeId id, String language) {
		CodeDocument document = documents(language).get(id.value());
		if (document != null) {
			return document;
		}
		if (id instanceof CodeId.Enhanced enhanced) {
			return unregistered(enhanced, language);
		}
		throw new UnknownCode(id.value(), UnknownCode.Why.REPLY_CODE, suggestionsFor((CodeId.Reply) id));
	}

	/**
	 * The codes that match a filter, in catalogue order.
	 * @param kind {@code reply}, {@code enhanced} or null for both
	 * @param classDigit 2 to 5, or null for all
	 * @param query text to look for in codes, titles and texts (ignoring case), or null
	 * @param language one of {@link #languages()}
	 * @return the summaries
	 */
	public List<CodeSummary> list(String kind, Integer classDigit, String query, String language) {
		String needle = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : null;
		return documents(language).values()
			.stream()
			.filter((document) -> kind == null || document.kind().equals(kind))
			.filter((document) -> classDigit == null || document.code().charAt(0) - '0' == classDigit)
			.filter((document) -> needle == null || needle.isEmpty() || document.mentions(needle))
			.map(CodeDocument::summary)
			.toList();
	}

	/**
	 * The codes that let a filter through, in catalogue order.
	 * @param filter what the reader asks for
	 * @param language one of {@link #languages()}
	 * @return the summaries
	 */
	public List<CodeSummary> list(CodeFilter filter, String language) {
		return list(filter.kind(), filter.classDigit(), filter.query(), language);
	}

	/**
	 * The hand-written note on a pair of codes that people confuse.
	 * @param pair the two codes
	 * @param language one of {@link #languages()}
	 * @return the note, or null if the catalogue has none for the pair
	 */
	public String note(Pair pair, String language) {
		return this.texts.get(language).notes().get(pair);
	}

	/** The pairs that have a hand-written note. */
	public java.util.Set<Pair> pairs() {
		return this.pairs;
	}

	/** Every document in one language, in catalogue order. */
	public Map<String, CodeDocument> documents(String language) {
		Map<String, CodeDocument> byCode = this.documents.get(language);
		if (byCode == null) {
			throw new IllegalArgumentException("Language not in the catalogue: " + language);
		}
		return byCode;
	}

	private CodeDocument unregistered(CodeId.Enhanced id, String language) {
		Facts.Heading subject = this.subjects.get(id.subjectForm());
		if (subject == null) {
			throw new UnknownCode(id.value(), UnknownCode.Why.SUBJECT, List.of(id.classDigit() + ".0.0"));
		}
		if (this.details.containsKey(id.registryForm())) {
			List<String> inOtherClasses = this.details.get(id.registryForm())
				.classes()
				.stream()
				.map((other) -> id.withClass(other).value())
				.toList();
			throw new UnknownCode(id.value(), UnknownCode.Why.CLASS, inOtherClasses);
		}
		Texts in = this.texts.get(language);
		Locale locale = Locale.forLanguageTag(language);
		ClassText classText = in.classes().get(id.classDigit() + ".X.X");
		SubjectText subjectText = in.subjects().get(id.subjectForm());
		String title = this.messages.getMessage("code.unregistered.title",
				new Object[] { subjectText.name(), id.detail() }, locale);
		String unregistered = this.messages.getMessage("code.unregistered.description",
				new Object[] { id.value(), id.detail(), id.subjectForm(), subjectText.name() }, locale);
		// the subject's texts are about failures: a success is told from its class
		boolean success = id.classDigit() == 2;
		String description = success
				? String.join(" ", unregistered, classText.description(),
						this.messages.getMessage("code.unregistered.success.subject",
								new Object[] { id.subjectForm(), subjectText.name() }, locale))
				: unregistered + " " + subjectText.description();
		String whenYouSeeIt = success ? this.messages.getMessage("code.unregistered.success.whenYouSeeIt", null, locale)
				: subjectText.whenYouSeeIt();
		String howToFix = success ? this.messages.getMessage("code.unregistered.success.howToFix", null, locale)
				: subjectText.howToFix();
		Retry retry = success ? null : new Retry(id.classDigit() == 4, classText.retryAdvice());
		List<Reference> references = Stream
			.concat(Stream.of(Reference.of("RFC 3463", "2", null)), subject.references().stream())
			.distinct()
			.toList();
		CodeDocument other = documents(language).get(id.classDigit() + "." + id.subject() + ".0");
		return CodeDocument.enhanced(id.value())
			.title(title)
			.codeClass(new CodeClass(id.classDigit() + ".X.X", classText.name(), classText.description()))
			.subject(new Part(id.subjectForm(), subjectText.name()))
			.detail(new Part(id.registryForm(), null))
			.registered(false)
			.texts(description, whenYouSeeIt, howToFix)
			.retry(retry)
			.references(references)
			.related((other != null) ? List.of(other.link().comparedWith(id.value())) : List.of())
			.build();
	}

	private List<String> suggestionsFor(CodeId.Reply id) {
		List<String> suggestions = new ArrayList<>();
		// a three-digit "code" is often an enhanced code without its dots (511 for 5.1.1)
		int digits = id.code();
		CodeId.Enhanced dotless = (digits / 100 == 3) ? null
				: new CodeId.Enhanced(digits / 100, digits / 10 % 10, digits % 10);
		if (dotless != null && documents(defaultLanguage()).containsKey(dotless.value())) {
			suggestions.add(dotless.value());
		}
		documents(defaultLanguage()).values()
			.stream()
			.filter((document) -> document.kind().equals(CodeDocument.REPLY))
			.map((document) -> Integer.parseInt(document.code()))
			.filter((code) -> code / 100 == digits / 100)
			.sorted(Comparator.<Integer>comparingInt((code) -> Math.abs(code - digits))
				.thenComparing(Function.identity()))
			.limit(3)
			.forEach((code) -> suggestions.add(Integer.toString(code)));
		return suggestions;
	}

	/**
	 * Where the facts come from.
	 *
	 * @param version the catalogue's own version
	 * @param registryUpdated the date of the IANA registry the enhanced codes come from
	 * @param extra the operator's extra catalogue file, or null
	 */
	public record Provenance(String version, LocalDate registryUpdated, String extra) {
	}

	/** Builds the documents of one language. */
	private final class Builder {

		private final Texts in;

		private final Map<String, Facts.ReplyCode> replyCodes;

		private final List<Facts.Example> examples;

		private final Map<String, String> titles = new LinkedHashMap<>();

		Builder(Texts in, Map<String, Facts.ReplyCode> replyCodes, List<Facts.Example> examples) {
			this.in = in;
			this.replyCodes = replyCodes;
			this.examples = examples;
		}

		Map<String, CodeDocument> build() {
			List<Facts.ReplyCode> replies = this.replyCodes.values()
				.stream()
				.sorted(Comparator.comparingInt((facts) -> facts.id().code()))
				.toList();
			List<Facts.Detail> registered = Catalogue.this.details.values()
				.stream()
				.sorted(Comparator.comparingInt(Facts.Detail::subject).thenComparingInt(Facts.Detail::detail))
				.toList();
			for (Facts.ReplyCode facts : replies) {
				this.titles.put(facts.id().value(), this.in.replyCodes().get(facts.id().value()).title());
			}
			for (int classDigit : new int[] { 2, 4, 5 }) {
				for (Facts.Detail facts : registered) {
					if (facts.classes().contains(classDigit)) {
						this.titles.put(code(classDigit, facts), this.in.details().get(facts.key()).title());
					}
				}
			}
			Map<String, CodeDocument> documents = new LinkedHashMap<>();
			for (Facts.ReplyCode facts : replies) {
				documents.put(facts.id().value(), reply(facts));
			}
			for (int classDigit : new int[] { 2, 4, 5 }) {
				for (Facts.Detail facts : registered) {
					if (facts.classes().contains(classDigit)) {
						documents.put(code(classDigit, facts), enhanced(classDigit, facts));
					}
				}
			}
			return documents;
		}

		private CodeDocument reply(Facts.ReplyCode facts) {
			CodeId.Reply id = facts.id();
			Texts.CodeText text = this.in.replyCodes().get(id.value());
			ClassText classText = this.in.classes().get(id.classDigit() + "xx");
			// RFC 5321 names categories x0z, x1z, x2z and x5z; x3z and x4z are
			// unspecified
			boolean named = List.of(0, 1, 2, 5).contains(id.categoryDigit());
			Texts.CategoryText categoryText = named ? this.in.categories().get(id.categoryDigit()) : null;
			Retry retry = (id.classDigit() < 4) ? null : new Retry(
					Objects.requireNonNullElse(facts.retryable(), id.classDigit() == 4), text.retryAdvice());
			return CodeDocument.reply(id.value())
				.title(text.title())
				.codeClass(new CodeClass(id.classDigit() + "xx", classText.name(), classText.description()))
				.category((categoryText != null) ? new Category(id.categoryDigit(), categoryText.name()) : null)
				.deprecated(facts.deprecated() ? true : null)
				.outsideGrammar(id.inGrammar() ? null : true)
				.rfcText(facts.rfcText())
				.texts(text.description(), text.whenYouSeeIt(), text.howToFix())
				.retry(retry)
				.standard(facts.standard())
				.phases(facts.phases())
				.closesConnection(facts.closesConnection() ? true : null)
				.references(facts.references())
				.related(related(id.value(), facts.related()))
				.enhancedCodes(links(facts.enhancedCodes()))
				.examples(examples((example) -> id.value().equals(example.replyCode())))
				.build();
		}

		private CodeDocument enhanced(int classDigit, Facts.Detail facts) {
			String code = code(classDigit, facts);
			DetailText text = this.in.details().get(facts.key());
			ClassText classText = this.in.classes().get(classDigit + ".X.X");
			SubjectText subjectText = this.in.subjects().get("X." + facts.subject());
			String classForm = text.byClass().get(classDigit);
			// the success form is described by its own texts: the shared ones are about
			// failures
			boolean success = classDigit == 2;
			String description = success ? classForm : text.description();
			String whenYouSeeIt = success ? text.successWhenYouSeeIt() : text.whenYouSeeIt();
			String howToFix = success ? text.successHowToFix() : text.howToFix();
			Retry retry = (classDigit == 2) ? null
					: new Retry(facts.retryable().getOrDefault(classDigit, classDigit == 4), classForm);
			List<String> related = new ArrayList<>();
			facts.classes()
				.stream()
				.filter((other) -> other != classDigit)
				.sorted()
				.forEach((other) -> related.add(code(other, facts)));
			if (facts.replacedBy() != null) {
				related.add(0, classDigit + facts.replacedBy().substring(1));
			}
			for (String detail : facts.related()) {
				Facts.Detail other = Catalogue.this.details.get(detail);
				related.add((other.classes().contains(classDigit) ? classDigit : 5) + detail.substring(1));
			}
			List<String> replyCodes = facts.replyCodes()
				.stream()
				.filter((reply) -> reply.charAt(0) - '0' == classDigit)
				.toList();
			return CodeDocument.enhanced(code)
				.title(text.title())
				.codeClass(new CodeClass(classDigit + ".X.X", classText.name(), classText.description()))
				.subject(new Part("X." + facts.subject(), subjectText.name()))
				.detail(new Part(facts.key(), text.title()))
				.registered(true)
				.deprecated(facts.deprecated() ? true : null)
				.rfcText(facts.sampleText())
				.registryDescription(facts.registryDescription())
				.texts(description, whenYouSeeIt, howToFix)
				.retry(retry)
				.standard(true)
				.references(facts.references())
				.related(related(code, related))
				.replyCodes(links(replyCodes))
				.examples(examples((example) -> code.equals(example.enhancedCode())))
				.build();
		}

		private List<Link> links(List<String> codes) {
			return codes.stream()
				.filter(this.titles::containsKey)
				.distinct()
				.map((code) -> new Link(code, this.titles.get(code), CodeDocument.href(code), null))
				.toList();
		}

		// related codes link to their comparison with this one; the pairs with a note are
		// always among them
		private List<Link> related(String code, List<String> related) {
			List<String> codes = new ArrayList<>(related);
			Catalogue.this.pairs.stream()
				.filter((pair) -> pair.has(code))
				.map((pair) -> pair.other(code))
				.sorted()
				.forEach(codes::add);
			return codes.stream()
				.filter(this.titles::containsKey)
				.filter((other) -> !other.equals(code))
				.distinct()
				.map((other) -> new Link(other, this.titles.get(other), CodeDocument.href(other),
						CodeDocument.compareHref(code, other)))
				.toList();
		}

		private List<Example> examples(java.util.function.Predicate<Facts.Example> filedUnder) {
			return this.examples.stream()
				.filter(filedUnder)
				.map((example) -> new Example(example.reply(), example.source()))
				.toList();
		}

		private static String code(int classDigit, Facts.Detail facts) {
			return classDigit + "." + facts.subject() + "." + facts.detail();
		}

	}

}
