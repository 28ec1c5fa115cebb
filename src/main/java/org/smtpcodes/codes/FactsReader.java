package org.smtpcodes.codes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.smtpcodes.codes.CatalogueSection.Field;
import org.smtpcodes.codes.CodeDocument.Reference;

/**
 * Reads the facts of the codes: the catalogue's manifest, the reply codes, the enhanced
 * classes and subjects, and the registered details, then checks that every code they name
 * is in the catalogue.
 */
final class FactsReader {

	private static final Field CODE = new Field("code");

	private static final Field REFERENCES = new Field("references");

	private static final Field RELATED = new Field("related");

	private static final Field DEPRECATED = new Field("deprecated");

	private static final Field RETRYABLE = new Field("retryable");

	private static final Field REPLY_CODES_FIELD = new Field("replyCodes");

	private static final Field ENHANCED_CODES = new Field("enhancedCodes");

	private static final Field VERSION = new Field("version");

	private static final Field REGISTRY_UPDATED = new Field("registryUpdated");

	private static final Field STANDARD = new Field("standard");

	private static final Field RFC_TEXT = new Field("rfcText");

	private static final Field PHASES = new Field("phases");

	private static final Field CLOSES_CONNECTION = new Field("closesConnection");

	private static final Field REGISTRY_NAME = new Field("registryName");

	private static final Field SAMPLE_TEXT = new Field("sampleText");

	private static final Field CLASSES = new Field("classes");

	// the registry's free text of associated basic codes, of which replyCodes is the
	// parsed form
	private static final Field ASSOCIATED_REPLY_CODES = new Field("associatedReplyCodes");

	private static final Field PERMANENT_ONLY = new Field("permanentOnly");

	private static final Field TRANSIENT_ONLY = new Field("transientOnly");

	private static final Field REGISTRY_DESCRIPTION = new Field("registryDescription");

	private static final Field REPLACED_BY = new Field("replacedBy");

	private static final Field DOCUMENT = new Field("document");

	private static final Field SECTION = new Field("section");

	private static final Field URL = new Field("url");

	static final CatalogueSection CATALOGUE = CatalogueSection.single("catalogue", VERSION, REGISTRY_UPDATED);

	static final CatalogueSection REPLY_CODES = CatalogueSection.keyed("replyCodes", CODE, STANDARD, DEPRECATED,
			RFC_TEXT, REFERENCES, PHASES, CLOSES_CONNECTION, RETRYABLE, RELATED, ENHANCED_CODES);

	static final CatalogueSection ENHANCED_CLASSES = CatalogueSection.keyed("enhancedClasses", CODE, REGISTRY_NAME,
			REFERENCES);

	static final CatalogueSection SUBJECTS = CatalogueSection.keyed("subjects", CODE, REGISTRY_NAME, REFERENCES);

	static final CatalogueSection ENHANCED_DETAILS = CatalogueSection.keyed("enhancedDetails", CODE, SAMPLE_TEXT,
			CLASSES, ASSOCIATED_REPLY_CODES, REPLY_CODES_FIELD, PERMANENT_ONLY, TRANSIENT_ONLY, REGISTRY_DESCRIPTION,
			REFERENCES, DEPRECATED, REPLACED_BY, RETRYABLE, RELATED);

	static final List<CatalogueSection> SECTIONS = List.of(CATALOGUE, REPLY_CODES, ENHANCED_CLASSES, SUBJECTS,
			ENHANCED_DETAILS);

	private static final CatalogueSection REFERENCE = CatalogueSection.list("references", DOCUMENT, SECTION, URL);

	private static final Set<String> CLASS_KEYS = Set.of("2.X.X", "4.X.X", "5.X.X");

	private final CatalogueFiles files;

	FactsReader(CatalogueFiles files) {
		this.files = files;
	}

	/**
	 * The catalogue's version and the date of the registry it follows; null when the
	 * manifest is missing.
	 */
	Catalogue.Provenance provenance() {
		CatalogueEntry entry = this.files.single(CATALOGUE);
		if (entry == null) {
			this.files.problem("catalogue/catalogue.yaml", 0, "catalogue",
					"is missing: the catalogue needs a version and the date of the IANA registry");
			return null;
		}
		String version = entry.text(VERSION, true);
		String updated = entry.text(REGISTRY_UPDATED, true);
		LocalDate date = null;
		try {
			date = (updated != null) ? LocalDate.parse(updated) : null;
		}
		catch (DateTimeParseException ex) {
			entry.problem(REGISTRY_UPDATED, "is not a date (YYYY-MM-DD)");
		}
		return new Catalogue.Provenance(version, date, this.files.extraName());
	}

	/**
	 * The facts of every code that is right, each problem reported; every reference is
	 * checked.
	 */
	Facts.All read() {
		Map<String, CatalogueEntry> replyEntries = this.files.entries(REPLY_CODES);
		Map<String, Facts.ReplyCode> replyCodes = new TreeMap<>();
		replyEntries.forEach((key, entry) -> put(replyCodes, key, replyCode(entry)));
		Map<String, Facts.Heading> classes = headings(ENHANCED_CLASSES, CLASS_KEYS);
		Map<String, Facts.Heading> subjects = headings(SUBJECTS, null);
		Map<String, CatalogueEntry> detailEntries = this.files.entries(ENHANCED_DETAILS);
		Map<String, Facts.Detail> details = new TreeMap<>();
		detailEntries.forEach((key, entry) -> put(details, key, detail(entry, subjects)));
		Facts.All all = new Facts.All(replyCodes, classes, subjects, details);
		Set<String> documents = all.documents();
		replyCodes.forEach((key, facts) -> {
			CatalogueEntry entry = replyEntries.get(key);
			resolve(entry, RELATED, facts.related(), documents);
			resolve(entry, ENHANCED_CODES, facts.enhancedCodes(), documents);
		});
		details.forEach((key, facts) -> {
			CatalogueEntry entry = detailEntries.get(key);
			facts.related()
				.stream()
				.filter((related) -> !details.containsKey(related))
				.forEach((related) -> entry.problem(RELATED, related + " is not a registered detail"));
			resolve(entry, REPLY_CODES_FIELD, facts.replyCodes(), documents);
			if (facts.replacedBy() != null && !details.containsKey(facts.replacedBy())) {
				entry.problem(REPLACED_BY, facts.replacedBy() + " is not a registered detail");
			}
		});
		return all;
	}

	private static <T> void put(Map<String, T> into, String key, T value) {
		if (value != null) {
			into.put(key, value);
		}
	}

	private Facts.ReplyCode replyCode(CatalogueEntry entry) {
		CodeId.Reply id = replyCodeId(entry);
		Boolean standard = entry.bool(STANDARD, true);
		Boolean deprecated = entry.bool(DEPRECATED, false);
		String rfcText = entry.text(RFC_TEXT, false);
		List<Reference> references = references(entry);
		if (Boolean.TRUE.equals(standard) && references.isEmpty()) {
			entry.problem(REFERENCES, "is missing: a standard code names the document that defines it");
		}
		List<String> phases = entry.texts(PHASES);
		Boolean closesConnection = entry.bool(CLOSES_CONNECTION, false);
		Boolean retryable = entry.bool(RETRYABLE, false);
		List<String> related = entry.codes(RELATED);
		List<String> enhancedCodes = entry.codes(ENHANCED_CODES);
		if (id != null) {
			for (String enhanced : enhancedCodes) {
				if (enhanced.contains(".") && enhanced.charAt(0) - '0' != id.classDigit()) {
					entry.problem(ENHANCED_CODES, "has " + enhanced + ", whose class " + enhanced.charAt(0)
							+ " disagrees with reply code " + id.value());
				}
			}
			if (retryable != null && id.classDigit() < 4) {
				entry.problem(RETRYABLE, "applies only to failures (4xx and 5xx)");
			}
		}
		if (id == null || standard == null || entry.failed()) {
			return null;
		}
		return new Facts.ReplyCode(id, standard, Boolean.TRUE.equals(deprecated), rfcText, references, phases,
				Boolean.TRUE.equals(closesConnection), retryable, related, enhancedCodes);
	}

	private static CodeId.Reply replyCodeId(CatalogueEntry entry) {
		try {
			if (CodeId.parse(entry.key()) instanceof CodeId.Reply reply && reply.value().equals(entry.key())) {
				return reply;
			}
		}
		catch (MalformedCode ex) {
			// reported below
		}
		entry.problem(CODE, "'" + entry.key() + "' is not a well-formed reply code (three digits, the first 2 to 5)");
		return null;
	}

	// the classes (2.X.X), of which only the given keys exist, or the subjects (X.1),
	// when keys is null
	private Map<String, Facts.Heading> headings(CatalogueSection section, Set<String> keys) {
		Map<String, Facts.Heading> headings = new TreeMap<>();
		this.files.entries(section).forEach((key, entry) -> {
			boolean wellFormed = (keys != null) ? keys.contains(key) : key.matches("X\\.(0|[1-9][0-9]{0,2})");
			if (!wellFormed) {
				entry.problem(CODE, "'" + key + "' is not a well-formed "
						+ ((keys != null) ? "class " + new TreeSet<>(keys) : "subject (X.0 to X.999)"));
			}
			entry.text(REGISTRY_NAME, false);
			List<Reference> references = references(entry);
			if (wellFormed && !entry.failed()) {
				headings.put(key, new Facts.Heading(key, references));
			}
		});
		return headings;
	}

	private Facts.Detail detail(CatalogueEntry entry, Map<String, Facts.Heading> subjects) {
		CodeId.Enhanced id = detailId(entry.key());
		if (id == null) {
			entry.problem(CODE, "'" + entry.key() + "' is not a well-formed detail (X.subject.detail)");
		}
		else if (!subjects.containsKey(id.subjectForm())) {
			entry.problem(CODE, entry.key() + " belongs to subject " + id.subjectForm() + ", which is not defined");
		}
		String sampleText = entry.text(SAMPLE_TEXT, false);
		Set<Integer> classes = new TreeSet<>();
		for (String value : entry.texts(CLASSES)) {
			if (value.equals("2") || value.equals("4") || value.equals("5")) {
				classes.add(Integer.parseInt(value));
			}
			else {
				entry.problem(CLASSES, "has '" + value + "': an enhanced class is 2, 4 or 5");
			}
		}
		if (!classes.contains(4) || !classes.contains(5)) {
			entry.problem(CLASSES, "must hold 4 and 5: every registered detail is a document in both");
		}
		entry.text(ASSOCIATED_REPLY_CODES, false);
		List<String> replyCodes = entry.codes(REPLY_CODES_FIELD);
		for (String reply : replyCodes) {
			if (reply.contains(".")) {
				entry.problem(REPLY_CODES_FIELD, "has " + reply + ", which is not a reply code");
			}
			else if (!classes.contains(reply.charAt(0) - '0') && reply.charAt(0) != '3') {
				entry.problem(REPLY_CODES_FIELD, "has " + reply + ", whose class " + reply.charAt(0)
						+ " is not among the detail's classes " + classes);
			}
		}
		entry.bool(PERMANENT_ONLY, false);
		entry.bool(TRANSIENT_ONLY, false);
		String registryDescription = entry.text(REGISTRY_DESCRIPTION, false);
		List<Reference> references = references(entry);
		if (references.isEmpty()) {
			entry.problem(REFERENCES, "is missing: a registered detail names the document that defines it");
		}
		Boolean deprecated = entry.bool(DEPRECATED, false);
		String replacedBy = entry.text(REPLACED_BY, false);
		Map<Integer, Boolean> retryable = new HashMap<>();
		entry.mapping(RETRYABLE).forEach((classDigit, member) -> {
			String value = member.scalar();
			if (!(classDigit.equals("4") || classDigit.equals("5"))) {
				member.problem("is not a failure class (4 or 5)");
			}
			else if (!("true".equals(value) || "false".equals(value))) {
				member.problem("must be true or false");
			}
			else {
				retryable.put(Integer.parseInt(classDigit), Boolean.parseBoolean(value));
			}
		});
		// a detail's related codes are details in the registry's form (X.1.2), shown in
		// the document's own class
		List<String> related = entry.texts(RELATED);
		for (String value : related) {
			if (!value.matches("X\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})")) {
				entry.problem(RELATED, "'" + value + "' is not a detail in the registry's form (X.1.1)");
			}
		}
		if (id == null || entry.failed()) {
			return null;
		}
		return new Facts.Detail(id.subject(), id.detail(), sampleText, registryDescription, classes, replyCodes,
				retryable, Boolean.TRUE.equals(deprecated), replacedBy, related, references);
	}

	private static CodeId.Enhanced detailId(String key) {
		String[] parts = key.split("\\.");
		try {
			if (parts.length == 3 && parts[0].equals("X")) {
				return (CodeId.Enhanced) CodeId.parse("5." + parts[1] + "." + parts[2]);
			}
		}
		catch (MalformedCode ex) {
			// reported by the caller
		}
		return null;
	}

	private static List<Reference> references(CatalogueEntry entry) {
		List<Reference> references = new ArrayList<>();
		for (CatalogueEntry reference : entry.entries(REFERENCES, REFERENCE)) {
			String document = reference.text(DOCUMENT, true);
			String section = reference.text(SECTION, false);
			String url = reference.text(URL, false);
			if (url != null && !url.startsWith("https://")) {
				reference.problem(URL, "must be an https link");
			}
			if (document != null && !document.startsWith("RFC ") && !document.equals(Reference.IANA_REGISTRY)
					&& url == null) {
				reference.problem(URL, "is missing: only RFCs and the IANA registry get their link derived");
			}
			if (document != null) {
				references.add(Reference.of(document, section, url));
			}
		}
		return List.copyOf(references);
	}

	private static void resolve(CatalogueEntry entry, Field field, List<String> codes, Set<String> documents) {
		codes.stream()
			.filter((code) -> !documents.contains(code))
			.forEach((code) -> entry.problem(field, code + " is not a code of the catalogue"));
	}

}
