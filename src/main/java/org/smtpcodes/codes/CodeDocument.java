package org.smtpcodes.codes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything the catalogue says about one code, in one language: the answer of {@code GET
 * /codes/{code}}. A field that does not apply is absent (null or empty), never a
 * placeholder.
 *
 * @param code the code, {@code 451} or {@code 4.7.1}
 * @param kind {@code reply} or {@code enhanced}
 * @param title short name
 * @param codeClass the class: first digit of a reply code, class of an enhanced code
 * @param category reply codes: the second digit (absent for x3z, x4z and codes outside
 * the grammar)
 * @param subject enhanced codes: the X.Y subject
 * @param detail enhanced codes: the X.Y.Z detail
 * @param registered enhanced codes: whether the detail is in the IANA registry
 * @param deprecated whether the code's own standard deprecates it
 * @param outsideGrammar reply codes only, and only when true: the second digit is above 5
 * @param rfcText the reply text or sample text the standard gives
 * @param registryDescription enhanced codes: the IANA registry's description of the
 * detail, in English, as the registry words it
 * @param description what it means
 * @param whenYouSeeIt the situations and SMTP commands that produce it
 * @param howToFix what the sender or the operators should do
 * @param retry for failures: may the same request succeed later
 * @param standard whether a standard defines it
 * @param phases the SMTP phases or commands that may produce it
 * @param closesConnection reply codes only, and only when true: the server closes the
 * connection after it (RFC 5321 section 3.8)
 * @param references where it is defined
 * @param related codes worth comparing with it
 * @param replyCodes enhanced codes: the reply codes it usually goes with
 * @param enhancedCodes reply codes: the enhanced codes it usually goes with
 * @param examples real replies that carry it
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CodeDocument(String code, String kind, String title, @JsonProperty("class") CodeClass codeClass,
		Category category, Part subject, Part detail, Boolean registered, Boolean deprecated, Boolean outsideGrammar,
		String rfcText, String registryDescription, String description, String whenYouSeeIt, String howToFix,
		Retry retry, boolean standard, List<String> phases, Boolean closesConnection, List<Reference> references,
		List<Link> related, List<Link> replyCodes, List<Link> enhancedCodes, List<Example> examples) {

	/** Kind of a reply code. */
	public static final String REPLY = "reply";

	/** Kind of an enhanced status code. */
	public static final String ENHANCED = "enhanced";

	public CodeDocument {
		phases = List.copyOf(phases);
		references = List.copyOf(references);
		related = List.copyOf(related);
		replyCodes = List.copyOf(replyCodes);
		enhancedCodes = List.copyOf(enhancedCodes);
		examples = List.copyOf(examples);
	}

	/** A reply code's document, built by name. */
	static Builder reply(String code) {
		return new Builder(code, REPLY);
	}

	/** An enhanced status code's document, built by name. */
	static Builder enhanced(String code) {
		return new Builder(code, ENHANCED);
	}

	/**
	 * Builds a document by naming its parts: what a document does not name is absent from
	 * its answer (null, false or an empty list).
	 */
	static final class Builder {

		private final String code;

		private final String kind;

		private String title;

		private CodeClass codeClass;

		private Category category;

		private Part subject;

		private Part detail;

		private Boolean registered;

		private Boolean deprecated;

		private Boolean outsideGrammar;

		private String rfcText;

		private String registryDescription;

		private String description;

		private String whenYouSeeIt;

		private String howToFix;

		private Retry retry;

		private boolean standard;

		private List<String> phases = List.of();

		private Boolean closesConnection;

		private List<Reference> references = List.of();

		private List<Link> related = List.of();

		private List<Link> replyCodes = List.of();

		private List<Link> enhancedCodes = List.of();

		private List<Example> examples = List.of();

		private Builder(String code, String kind) {
			this.code = code;
			this.kind = kind;
		}

		Builder title(String title) {
			this.title = title;
			return this;
		}

		Builder codeClass(CodeClass codeClass) {
			this.codeClass = codeClass;
			return this;
		}

		Builder category(Category category) {
			this.category = category;
			return this;
		}

		Builder subject(Part subject) {
			this.subject = subject;
			return this;
		}

		Builder detail(Part detail) {
			this.detail = detail;
			return this;
		}

		Builder registered(Boolean registered) {
			this.registered = registered;
			return this;
		}

		Builder deprecated(Boolean deprecated) {
			this.deprecated = deprecated;
			return this;
		}

		Builder outsideGrammar(Boolean outsideGrammar) {
			this.outsideGrammar = outsideGrammar;
			return this;
		}

		Builder rfcText(String rfcText) {
			this.rfcText = rfcText;
			return this;
		}

		Builder registryDescription(String registryDescription) {
			this.registryDescription = registryDescription;
			return this;
		}

		Builder texts(String description, String whenYouSeeIt, String howToFix) {
			this.description = description;
			this.whenYouSeeIt = whenYouSeeIt;
			this.howToFix = howToFix;
			return this;
		}

		Builder retry(Retry retry) {
			this.retry = retry;
			return this;
		}

		Builder standard(boolean standard) {
			this.standard = standard;
			return this;
		}

		Builder phases(List<String> phases) {
			this.phases = phases;
			return this;
		}

		Builder closesConnection(Boolean closesConnection) {
			this.closesConnection = closesConnection;
			return this;
		}

		Builder references(List<Reference> references) {
			this.references = references;
			return this;
		}

		Builder related(List<Link> related) {
			this.related = related;
			return this;
		}

		Builder replyCodes(List<Link> replyCodes) {
			this.replyCodes = replyCodes;
			return this;
		}

		Builder enhancedCodes(List<Link> enhancedCodes) {
			this.enhancedCodes = enhancedCodes;
			return this;
		}

		Builder examples(List<Example> examples) {
			this.examples = examples;
			return this;
		}

		CodeDocument build() {
			return new CodeDocument(this.code, this.kind, this.title, this.codeClass, this.category, this.subject,
					this.detail, this.registered, this.deprecated, this.outsideGrammar, this.rfcText,
					this.registryDescription, this.description, this.whenYouSeeIt, this.howToFix, this.retry,
					this.standard, this.phases, this.closesConnection, this.references, this.related, this.replyCodes,
					this.enhancedCodes, this.examples);
		}

	}

	/** The link to this document. */
	public Link link() {
		return new Link(this.code, this.title, CodeDocument.href(this.code), null);
	}

	/** The summary of this document, as {@code GET /codes} lists it. */
	public CodeSummary summary() {
		return new CodeSummary(this.code, this.kind, this.title, this.codeClass.withoutDescription(),
				firstSentence(this.description), CodeDocument.href(this.code));
	}

	/**
	 * The first sentence of the registry's description, or null for a code without one.
	 */
	public String registrySummary() {
		return (this.registryDescription != null) ? firstSentence(this.registryDescription) : null;
	}

	/** Whether the code, its title or one of its texts contains the lower-case needle. */
	boolean mentions(String needle) {
		return contains(this.code, needle) || contains(this.title, needle) || contains(this.description, needle)
				|| contains(this.whenYouSeeIt, needle) || contains(this.howToFix, needle)
				|| contains(this.rfcText, needle);
	}

	private static boolean contains(String text, String lowerCaseNeedle) {
		return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseNeedle);
	}

	/**
	 * The first sentence of a text: up to the first period, question or exclamation mark
	 * followed by a space, or the first Japanese full stop.
	 */
	public static String firstSentence(String text) {
		for (int i = 0; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if (c == '\u3002') {
				// a Japanese full stop ends a sentence without a space after it
				return text.substring(0, i + 1);
			}
			if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ' && !abbreviationBefore(text, i)) {
				return text.substring(0, i + 1);
			}
		}
		return text;
	}

	// "e.g. " and "i.e. " end no sentence; neither does the period of a section number
	// such as "4.2. "
	private static boolean abbreviationBefore(String text, int period) {
		return text.startsWith("e.g", period - 3) || text.startsWith("i.e", period - 3)
				|| (period > 0 && Character.isDigit(text.charAt(period - 1)) && period + 2 < text.length()
						&& Character.isDigit(text.charAt(period + 2)));
	}

	static String href(String code) {
		return "/codes/" + code;
	}

	/** The path of the comparison of two codes. */
	public static String compareHref(String code, String other) {
		return "/compare?a=" + code + "&b=" + other;
	}

	/**
	 * The class of a code.
	 *
	 * @param code {@code 4xx} or {@code 4.X.X}
	 * @param name e.g. Transient Negative Completion
	 * @param description what the class means
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record CodeClass(String code, String name, String description) {

		CodeClass withoutDescription() {
			return new CodeClass(this.code, this.name, null);
		}

	}

	/**
	 * The category of a reply code, from its second digit.
	 *
	 * @param digit 0 to 5
	 * @param name e.g. Mail system
	 */
	public record Category(int digit, String name) {
	}

	/**
	 * The subject or detail of an enhanced code.
	 *
	 * @param code {@code X.1} or {@code X.1.1}
	 * @param name the registry's name, in the answer's language
	 */
	public record Part(String code, String name) {
	}

	/**
	 * Whether the same request, unchanged, may succeed later, and what to do.
	 *
	 * @param retryable from the class, with the exceptions the catalogue records
	 * @param advice specific to the code
	 */
	public record Retry(boolean retryable, String advice) {
	}

	/**
	 * Where a code is defined.
	 *
	 * @param document e.g. RFC 5321
	 * @param section e.g. 4.2.3, absent when the whole document is meant
	 * @param url a link to the document or its section
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Reference(String document, String section, String url) {

		static final String IANA_REGISTRY = "IANA SMTP Enhanced Status Codes";

		/**
		 * A reference whose link is derived from the document's name where none is given.
		 */
		static Reference of(String document, String section, String url) {
			if (url == null && document.startsWith("RFC ")) {
				url = "https://www.rfc-editor.org/rfc/rfc" + document.substring(4) + ".html"
						+ ((section != null) ? "#section-" + section : "");
			}
			if (url == null && document.equals(IANA_REGISTRY)) {
				url = "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml";
			}
			return new Reference(document, section, url);
		}

	}

	/**
	 * A link to another code.
	 *
	 * @param code the code
	 * @param title its title
	 * @param href relative link to its document
	 * @param compareHref for related codes: relative link to the comparison with the code
	 * that links it
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Link(String code, String title, String href, String compareHref) {

		/** This link, with the comparison between its code and the given one. */
		Link comparedWith(String from) {
			return new Link(this.code, this.title, this.href, CodeDocument.compareHref(from, this.code));
		}

	}

	/**
	 * A real reply that carries the code.
	 *
	 * @param reply the reply as the server sent it
	 * @param source the software or provider that sends it
	 */
	public record Example(String reply, String source) {
	}

}
