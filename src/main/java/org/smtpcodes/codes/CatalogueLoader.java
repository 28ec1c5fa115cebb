package org.smtpcodes.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.smtpcodes.codes.CodeDocument.Reference;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the catalogue's YAML files, merges them and checks every rule before a {@link Catalogue} exists:
 * unique and well-formed codes, classes that agree with the codes, every required field in every
 * language, every reference to another code resolvable. All problems are collected and reported together,
 * each with its file and line. YAML is read with limits (size, aliases, nesting), so that an operator's
 * file cannot exhaust the service.
 */
final class CatalogueLoader {

	/** Files larger than this are refused before they are parsed. */
	static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

	private static final String FACTS = "classpath:catalogue/*.yaml";

	private static final String TEXTS = "classpath:catalogue/texts/%s/*.yaml";

	// the SMTP commands a rule may be limited to, as the explainer names them
	private static final List<String> COMMANDS = List.of("CONNECT", "EHLO", "HELO", "STARTTLS", "MAIL", "RCPT",
			"DATA");

	private static final Set<String> FACT_SECTIONS = Set.of("catalogue", "replyCodes", "enhancedClasses", "subjects",
			"enhancedDetails", "examples", "comparisons", "reasons", "rules", "providers", "statusReasons");

	private static final Set<String> TEXT_SECTIONS = Set.of("replyClasses", "categories", "replyCodes",
			"enhancedClasses", "subjects", "enhancedDetails", "comparisons", "reasons");

	private final List<String> languages;

	private final MessageSource messages;

	private final List<Problem> problems = new ArrayList<>();

	// section -> key -> entry; texts per language
	private final Map<String, Map<String, Raw>> facts = new HashMap<>();

	private final Map<String, Map<String, Map<String, Raw>>> texts = new HashMap<>();

	private final List<Raw> examples = new ArrayList<>();

	private final List<Raw> rules = new ArrayList<>();

	private Raw manifest;

	private String extraName;

	private boolean unreadable;

	CatalogueLoader(List<String> languages, MessageSource messages) {
		this.languages = List.copyOf(languages);
		this.messages = messages;
	}

	/**
	 * Loads the embedded catalogue and the operator's extra file.
	 * @param resources where to find the embedded files
	 * @param extra the extra file's location, or null
	 * @return the validated catalogue
	 * @throws InvalidCatalogue listing every problem
	 */
	Catalogue load(ResourcePatternResolver resources, String extra) {
		List<Source> sources = new ArrayList<>();
		for (Resource resource : sorted(resources, FACTS)) {
			sources.add(new Source(resource, "catalogue/" + resource.getFilename(), null));
		}
		for (String language : this.languages) {
			for (Resource resource : sorted(resources, TEXTS.formatted(language))) {
				sources.add(new Source(resource, "catalogue/texts/" + language + "/" + resource.getFilename(),
						language));
			}
		}
		if (extra != null && !extra.isBlank()) {
			Resource resource = resources.getResource(extra.strip());
			if (!resource.exists()) {
				this.problems.add(new Problem(extra, 0, "catalogue.extra", "the file does not exist"));
			}
			else {
				sources.add(new Source(resource, extra.strip(), null, true));
			}
		}
		return load(sources);
	}

	/**
	 * Loads the given files: facts files, text files of one language, and at most one extra file last.
	 * @param sources the files, in order
	 * @return the validated catalogue
	 * @throws InvalidCatalogue listing every problem
	 */
	Catalogue load(List<Source> sources) {
		for (Source source : sources) {
			if (source.extra()) {
				this.extraName = source.name();
			}
			Node root = parse(source);
			if (root != null) {
				read(source, root);
			}
			else {
				this.unreadable = true;
			}
		}
		// a file that cannot be read leaves the others' references dangling: report only what stopped the reading
		Catalogue catalogue = (this.unreadable) ? null : build();
		if (!this.problems.isEmpty()) {
			throw new InvalidCatalogue(this.problems.stream()
				.sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
				.map(Problem::toString)
				.distinct()
				.toList());
		}
		return catalogue;
	}

	private static List<Resource> sorted(ResourcePatternResolver resources, String pattern) {
		try {
			return Arrays.stream(resources.getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + pattern, ex);
		}
	}

	// Parsing

	private Node parse(Source source) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(MAX_FILE_BYTES);
		options.setAllowRecursiveKeys(false);
		try (InputStream in = source.resource().getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
			if (bytes.length > MAX_FILE_BYTES) {
				this.problems.add(new Problem(source.name(), 0, "file",
						"is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MiB"));
				return null;
			}
			try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
					StandardCharsets.UTF_8)) {
				Node root = new Yaml(options).compose(reader);
				if (root == null) {
					this.problems.add(new Problem(source.name(), 1, "file", "is empty"));
				}
				return root;
			}
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			this.problems.add(new Problem(source.name(), line, "yaml", "is not valid YAML: " + ex.getProblem()));
		}
		catch (YAMLException ex) {
			this.problems.add(new Problem(source.name(), 0, "yaml", "is refused: " + ex.getMessage()));
		}
		catch (IOException ex) {
			this.problems.add(new Problem(source.name(), 0, "file", "cannot be read: " + ex.getMessage()));
		}
		return null;
	}

	private void read(Source source, Node root) {
		Map<String, Field> sections = fields(source, root, "file");
		if (sections == null) {
			this.unreadable = true;
			return;
		}
		if (source.language() != null) {
			readTexts(source, source.language(), sections);
			return;
		}
		for (Map.Entry<String, Field> section : sections.entrySet()) {
			String name = section.getKey();
			Node node = section.getValue().node();
			if (name.equals("texts") && source.extra()) {
				Map<String, Field> byLanguage = fields(source, node, "texts");
				if (byLanguage != null) {
					byLanguage.forEach((language, texts) -> {
						if (!this.languages.contains(language)) {
							problem(source, texts.key(), "texts." + language, "is not a configured language "
									+ this.languages);
						}
						else {
							Map<String, Field> textSections = fields(source, texts.node(), "texts." + language);
							if (textSections != null) {
								readTexts(source, language, textSections);
							}
						}
					});
				}
			}
			else if (name.equals("catalogue")) {
				Map<String, Field> fields = fields(source, node, "catalogue");
				if (fields != null) {
					this.manifest = new Raw(source, line(node), "catalogue", "catalogue", fields);
				}
			}
			else if (name.equals("examples") || name.equals("rules")) {
				// lists without keys: examples add up; an operator's rules come first, so that they win
				List<Raw> into = name.equals("examples") ? this.examples : this.rules;
				List<Raw> read = new ArrayList<>();
				for (Node entry : sequence(source, node, name)) {
					Map<String, Field> fields = fields(source, entry, name);
					if (fields != null) {
						read.add(new Raw(source, line(entry), name, null, fields));
					}
				}
				into.addAll((source.extra() && name.equals("rules")) ? 0 : into.size(), read);
			}
			else if (FACT_SECTIONS.contains(name)) {
				readEntries(source, name, node, this.facts.computeIfAbsent(name, (key) -> new LinkedHashMap<>()));
			}
			else {
				problem(source, section.getValue().key(), name, "is not a section of the catalogue (expected one of "
						+ new TreeSet<>(FACT_SECTIONS) + (source.extra() ? " or texts" : "") + ")");
			}
		}
	}

	private void readTexts(Source source, String language, Map<String, Field> sections) {
		Map<String, Map<String, Raw>> sectionsOfLanguage = this.texts.computeIfAbsent(language,
				(key) -> new HashMap<>());
		sections.forEach((name, field) -> {
			if (TEXT_SECTIONS.contains(name)) {
				readEntries(source, name, field.node(),
						sectionsOfLanguage.computeIfAbsent(name, (key) -> new LinkedHashMap<>()));
			}
			else {
				problem(source, field.key(), name,
						"is not a section of a text file (expected one of " + new TreeSet<>(TEXT_SECTIONS) + ")");
			}
		});
	}

	private void readEntries(Source source, String section, Node node, Map<String, Raw> into) {
		String keyField = keyField(section);
		for (Node entry : sequence(source, node, section)) {
			Map<String, Field> fields = fields(source, entry, section);
			if (fields == null) {
				continue;
			}
			Field keyNode = fields.get(keyField);
			String key = (keyNode != null) ? scalar(keyNode.node()) : null;
			if (key == null || key.isBlank()) {
				problem(source, entry, section + "[]." + keyField, "is missing");
				continue;
			}
			if (section.equals("comparisons")) {
				key = Pair.normalize(key);
			}
			Raw raw = new Raw(source, line(entry), section, key, fields);
			Raw earlier = into.get(key);
			if (earlier != null && (!source.extra() || earlier.source() == source)) {
				problem(source, entry, section + "[" + key + "]", "is a duplicate " + keyField + " (first at "
						+ earlier.source().name() + ":" + earlier.line() + ")");
				continue;
			}
			if (earlier != null) {
				// an operator's entry replaces the fields it gives and keeps the others
				Map<String, Field> merged = new LinkedHashMap<>(earlier.fields());
				merged.putAll(fields);
				raw = new Raw(source, raw.line(), section, key, merged);
			}
			into.put(key, raw);
		}
	}

	private static String keyField(String section) {
		return switch (section) {
			case "categories" -> "digit";
			case "comparisons" -> "pair";
			case "reasons" -> "reason";
			case "providers" -> "name";
			default -> "code";
		};
	}

	private Map<String, Field> fields(Source source, Node node, String field) {
		if (!(node instanceof MappingNode mapping)) {
			problem(source, node, field, "must be a mapping of names to values");
			return null;
		}
		Map<String, Field> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (key == null) {
				problem(source, tuple.getKeyNode(), field, "has a key that is not a plain name");
				continue;
			}
			if (fields.containsKey(key)) {
				problem(source, tuple.getKeyNode(), field + "." + key, "is given twice");
				continue;
			}
			fields.put(key, new Field(source, tuple.getKeyNode(), tuple.getValueNode()));
		}
		return fields;
	}

	private List<Node> sequence(Source source, Node node, String field) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		problem(source, node, field, "must be a list");
		return List.of();
	}

	private static String scalar(Node node) {
		return (node instanceof ScalarNode scalar) ? scalar.getValue() : null;
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	private void problem(Source source, Node node, String field, String what) {
		this.problems.add(new Problem(source.name(), line(node), field, what));
	}

	// Building and checking

	private Catalogue build() {
		Catalogue.Provenance provenance = provenance();
		Map<String, Facts.ReplyCode> replyCodes = new TreeMap<>();
		section("replyCodes").forEach((key, raw) -> {
			Facts.ReplyCode facts = replyCode(raw);
			if (facts != null) {
				replyCodes.put(key, facts);
			}
		});
		Map<String, Facts.Heading> classes = headings("enhancedClasses", Set.of("2.X.X", "4.X.X", "5.X.X"));
		Map<String, Facts.Heading> subjects = headings("subjects", null);
		Map<String, Facts.Detail> details = new TreeMap<>();
		section("enhancedDetails").forEach((key, raw) -> {
			Facts.Detail facts = detail(raw, subjects);
			if (facts != null) {
				details.put(key, facts);
			}
		});
		Set<String> documents = new LinkedHashSet<>(replyCodes.keySet());
		details.values().forEach((detail) -> detail.classes()
			.forEach((classDigit) -> documents.add(classDigit + detail.key().substring(1))));
		checkReferences(replyCodes, details, documents);
		Set<Pair> pairs = new LinkedHashSet<>();
		section("comparisons").forEach((key, raw) -> {
			Entry entry = new Entry(raw, Set.of("pair"));
			Pair pair = pair(entry, key, documents);
			if (pair != null) {
				pairs.add(pair);
			}
		});
		List<Facts.Example> examples = this.examples.stream().map((raw) -> example(raw, documents)).toList();
		BounceRules rules = bounceRules(details);
		Map<String, Texts> texts = new HashMap<>();
		for (String language : this.languages) {
			texts.put(language, texts(language, replyCodes, classes, subjects, details, pairs, rules));
		}
		if (!this.problems.isEmpty()) {
			return null;
		}
		return new Catalogue(provenance, this.languages, replyCodes, subjects, details, examples, pairs, rules, texts,
				this.messages);
	}

	private Map<String, Raw> section(String name) {
		return this.facts.getOrDefault(name, Map.of());
	}

	private Catalogue.Provenance provenance() {
		if (this.manifest == null) {
			this.problems.add(new Problem("catalogue/catalogue.yaml", 0, "catalogue", "is missing: the catalogue "
					+ "needs a version and the date of the IANA registry"));
			return null;
		}
		Entry entry = new Entry(this.manifest, Set.of("version", "registryUpdated"));
		String version = entry.text("version", true);
		String updated = entry.text("registryUpdated", true);
		LocalDate date = null;
		try {
			date = (updated != null) ? LocalDate.parse(updated) : null;
		}
		catch (DateTimeParseException ex) {
			entry.problem("registryUpdated", "is not a date (YYYY-MM-DD)");
		}
		return new Catalogue.Provenance(version, date, this.extraName);
	}

	private Facts.ReplyCode replyCode(Raw raw) {
		Entry entry = new Entry(raw, Set.of("code", "standard", "deprecated", "rfcText", "references", "phases",
				"retryable", "related", "enhancedCodes"));
		CodeId.Reply id = entry.replyCode();
		Boolean standard = entry.bool("standard", true);
		Boolean deprecated = entry.bool("deprecated", false);
		String rfcText = entry.text("rfcText", false);
		List<Reference> references = entry.references();
		if (Boolean.TRUE.equals(standard) && references.isEmpty()) {
			entry.problem("references", "is missing: a standard code names the document that defines it");
		}
		List<String> phases = entry.texts("phases");
		Boolean retryable = entry.bool("retryable", false);
		List<String> related = entry.codes("related");
		List<String> enhancedCodes = entry.codes("enhancedCodes");
		if (id != null) {
			for (String enhanced : enhancedCodes) {
				if (enhanced.contains(".") && enhanced.charAt(0) - '0' != id.classDigit()) {
					entry.problem("enhancedCodes", "has " + enhanced + ", whose class " + enhanced.charAt(0)
							+ " disagrees with reply code " + id.value());
				}
			}
			if (retryable != null && id.classDigit() < 4) {
				entry.problem("retryable", "applies only to failures (4xx and 5xx)");
			}
		}
		if (id == null || standard == null || entry.failed()) {
			return null;
		}
		return new Facts.ReplyCode(id, standard, Boolean.TRUE.equals(deprecated), rfcText, references, phases,
				retryable, related, enhancedCodes);
	}

	private Map<String, Facts.Heading> headings(String section, Set<String> allowed) {
		Map<String, Facts.Heading> headings = new TreeMap<>();
		section(section).forEach((key, raw) -> {
			Entry entry = new Entry(raw, Set.of("code", "registryName", "references"));
			boolean wellFormed = (allowed != null) ? allowed.contains(key) : key.matches("X\\.(0|[1-9][0-9]{0,2})");
			if (!wellFormed) {
				entry.problem("code", "'" + key + "' is not a well-formed " + ((allowed != null) ? "class "
						+ new TreeSet<>(allowed) : "subject (X.0 to X.999)"));
			}
			entry.text("registryName", false);
			List<Reference> references = entry.references();
			if (wellFormed && !entry.failed()) {
				headings.put(key, new Facts.Heading(key, references));
			}
		});
		return headings;
	}

	private Facts.Detail detail(Raw raw, Map<String, Facts.Heading> subjects) {
		Entry entry = new Entry(raw, Set.of("code", "sampleText", "classes", "associatedReplyCodes", "replyCodes",
				"permanentOnly", "transientOnly", "registryDescription", "references", "deprecated", "replacedBy",
				"retryable", "related"));
		String[] parts = raw.key().split("\\.");
		CodeId.Enhanced id = null;
		try {
			if (parts.length == 3 && parts[0].equals("X")) {
				id = (CodeId.Enhanced) CodeId.parse("5." + parts[1] + "." + parts[2]);
			}
		}
		catch (MalformedCode ex) {
			// reported below
		}
		if (id == null) {
			entry.problem("code", "'" + raw.key() + "' is not a well-formed detail (X.subject.detail)");
		}
		else if (!subjects.containsKey(id.subjectForm())) {
			entry.problem("code", raw.key() + " belongs to subject " + id.subjectForm() + ", which is not defined");
		}
		String sampleText = entry.text("sampleText", false);
		Set<Integer> classes = new TreeSet<>();
		for (String value : entry.texts("classes")) {
			if (value.equals("2") || value.equals("4") || value.equals("5")) {
				classes.add(Integer.parseInt(value));
			}
			else {
				entry.problem("classes", "has '" + value + "': an enhanced class is 2, 4 or 5");
			}
		}
		if (!classes.contains(4) || !classes.contains(5)) {
			entry.problem("classes", "must hold 4 and 5: every registered detail is a document in both");
		}
		String associated = entry.text("associatedReplyCodes", false);
		List<String> replyCodes = entry.codes("replyCodes");
		for (String reply : replyCodes) {
			if (reply.contains(".")) {
				entry.problem("replyCodes", "has " + reply + ", which is not a reply code");
			}
			else if (!classes.contains(reply.charAt(0) - '0') && reply.charAt(0) != '3') {
				entry.problem("replyCodes", "has " + reply + ", whose class " + reply.charAt(0) + " is not among "
						+ "the detail's classes " + classes);
			}
		}
		entry.bool("permanentOnly", false);
		entry.bool("transientOnly", false);
		entry.text("registryDescription", false);
		List<Reference> references = entry.references();
		if (references.isEmpty()) {
			entry.problem("references", "is missing: a registered detail names the document that defines it");
		}
		Boolean deprecated = entry.bool("deprecated", false);
		String replacedBy = entry.text("replacedBy", false);
		Map<Integer, Boolean> retryable = new HashMap<>();
		Map<String, Field> retryableFields = entry.mapping("retryable");
		retryableFields.forEach((classDigit, field) -> {
			String value = scalar(field.node());
			if (!(classDigit.equals("4") || classDigit.equals("5"))) {
				entry.problem("retryable." + classDigit, "is not a failure class (4 or 5)");
			}
			else if (!("true".equals(value) || "false".equals(value))) {
				entry.problem("retryable." + classDigit, "must be true or false");
			}
			else {
				retryable.put(Integer.parseInt(classDigit), Boolean.parseBoolean(value));
			}
		});
		// a detail's related codes are details in the registry's form (X.1.2), shown in the document's own class
		List<String> related = entry.texts("related");
		for (String value : related) {
			if (!value.matches("X\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})")) {
				entry.problem("related", "'" + value + "' is not a detail in the registry's form (X.1.1)");
			}
		}
		if (id == null || entry.failed()) {
			return null;
		}
		return new Facts.Detail(id.subject(), id.detail(), sampleText, classes, associated, replyCodes, retryable,
				Boolean.TRUE.equals(deprecated), replacedBy, related, references);
	}

	private void checkReferences(Map<String, Facts.ReplyCode> replyCodes, Map<String, Facts.Detail> details,
			Set<String> documents) {
		for (Facts.ReplyCode facts : replyCodes.values()) {
			Raw raw = section("replyCodes").get(facts.id().value());
			resolve(raw, "related", facts.related(), documents);
			resolve(raw, "enhancedCodes", facts.enhancedCodes(), documents);
		}
		for (Facts.Detail facts : details.values()) {
			Raw raw = section("enhancedDetails").get(facts.key());
			for (String related : facts.related()) {
				if (!details.containsKey(related)) {
					new Entry(raw, null).problem("related", related + " is not a registered detail");
				}
			}
			resolve(raw, "replyCodes", facts.replyCodes(), documents);
			if (facts.replacedBy() != null && !details.containsKey(facts.replacedBy())) {
				new Entry(raw, null).problem("replacedBy", facts.replacedBy() + " is not a registered detail");
			}
		}
	}

	private void resolve(Raw raw, String field, List<String> codes, Set<String> documents) {
		for (String code : codes) {
			if (!documents.contains(code)) {
				new Entry(raw, null).problem(field, code + " is not a code of the catalogue");
			}
		}
	}

	private BounceRules bounceRules(Map<String, Facts.Detail> details) {
		List<BounceRules.Reason> reasons = new ArrayList<>();
		section("reasons").forEach((key, raw) -> {
			Entry entry = new Entry(raw, Set.of("reason", "hard", "failure"));
			String hard = entry.text("hard", true);
			BounceRules.Hard hardness = null;
			if (hard != null) {
				switch (hard) {
					case "always" -> hardness = BounceRules.Hard.ALWAYS;
					case "never" -> hardness = BounceRules.Hard.NEVER;
					case "when permanent" -> hardness = BounceRules.Hard.WHEN_PERMANENT;
					default -> entry.problem("hard", "must be always, never or when permanent");
				}
			}
			Boolean failure = entry.bool("failure", false);
			if (!key.matches("[a-z]+")) {
				entry.problem("reason", "'" + key + "' is not a reason identifier (lower-case letters)");
			}
			if (hardness != null && !entry.failed()) {
				reasons.add(new BounceRules.Reason(key, hardness, !Boolean.FALSE.equals(failure)));
			}
		});
		Set<String> known = new LinkedHashSet<>();
		reasons.forEach((reason) -> known.add(reason.id()));
		for (String required : List.of("delivered", "undefined")) {
			if (!section("reasons").isEmpty() && !known.contains(required)) {
				this.problems.add(new Problem("catalogue/bounces.yaml", 0, "reasons", "lacks the reason " + required
						+ ", which /explain gives when no rule decides"));
			}
		}
		List<BounceRules.Rule> rules = new ArrayList<>();
		for (Raw raw : this.rules) {
			Entry entry = new Entry(raw, Set.of("reason", "patterns", "after"));
			String reason = entry.text("reason", true);
			if (reason != null && !known.contains(reason)) {
				entry.problem("reason", "'" + reason + "' is not a reason of the catalogue");
			}
			String after = entry.text("after", false);
			if (after != null && !COMMANDS.contains(after)) {
				entry.problem("after", "'" + after + "' is not one of " + COMMANDS);
			}
			List<BounceRules.Phrase> patterns = entry.phrases("patterns");
			if (patterns.isEmpty()) {
				entry.problem("patterns", "is missing: a rule has at least one pattern");
			}
			if (!entry.failed()) {
				rules.add(new BounceRules.Rule(reason, patterns, after));
			}
		}
		List<BounceRules.Provider> providers = new ArrayList<>();
		section("providers").forEach((key, raw) -> {
			Entry entry = new Entry(raw, Set.of("name", "documentation", "patterns", "hosts", "reasons"));
			String documentation = entry.text("documentation", true);
			if (documentation != null && !documentation.startsWith("https://")) {
				entry.problem("documentation", "must be an https link");
			}
			List<BounceRules.Phrase> patterns = entry.phrases("patterns");
			if (patterns.isEmpty()) {
				entry.problem("patterns", "is missing: a provider is recognised by at least one pattern");
			}
			List<String> hosts = entry.texts("hosts");
			for (String host : hosts) {
				if (!host.matches("[a-z0-9][a-z0-9.-]*\\.[a-z]{2,}")) {
					entry.problem("hosts", "'" + host + "' is not a domain name in lower case");
				}
			}
			List<BounceRules.Rule> own = new ArrayList<>();
			entry.mapping("reasons").forEach((reason, field) -> {
				if (!known.contains(reason)) {
					entry.problem("reasons", "'" + reason + "' is not a reason of the catalogue");
				}
				List<BounceRules.Phrase> phrases = entry.phrases(field, "reasons." + reason);
				if (phrases.isEmpty()) {
					entry.problem("reasons." + reason, "is missing its patterns");
				}
				own.add(new BounceRules.Rule(reason, phrases));
			});
			if (!entry.failed()) {
				providers.add(new BounceRules.Provider(key, documentation, patterns, hosts, own));
			}
		});
		Map<String, String> statusReasons = new HashMap<>();
		Set<String> decisive = new HashSet<>();
		section("statusReasons").forEach((key, raw) -> {
			Entry entry = new Entry(raw, Set.of("code", "reason", "decisive"));
			String reason = entry.text("reason", true);
			if (Boolean.TRUE.equals(entry.bool("decisive", false))) {
				decisive.add(key);
			}
			boolean detail = details.containsKey(key);
			boolean concrete = key.matches("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}");
			if (!detail && !concrete) {
				entry.problem("code", "'" + key + "' is neither a registered detail (X.2.2) nor an enhanced code (4.2.2)");
			}
			if (reason != null && !known.contains(reason)) {
				entry.problem("reason", "'" + reason + "' is not a reason of the catalogue");
			}
			if (!entry.failed()) {
				statusReasons.put(key, reason);
			}
		});
		return new BounceRules(reasons, rules, providers, statusReasons, decisive);
	}

	private Pair pair(Entry entry, String key, Set<String> documents) {
		Pair pair = Pair.parse(key);
		if (pair == null) {
			entry.problem("pair", "'" + key + "' is not two codes separated by a slash (450/550)");
			return null;
		}
		boolean known = true;
		for (String code : List.of(pair.first(), pair.second())) {
			if (!documents.contains(code)) {
				entry.problem("pair", code + " is not a code of the catalogue");
				known = false;
			}
		}
		return known ? pair : null;
	}

	private Facts.Example example(Raw raw, Set<String> documents) {
		Entry entry = new Entry(raw, Set.of("reply", "source"));
		String reply = entry.text("reply", true);
		entry.text("source", true);
		if (reply == null) {
			return null;
		}
		String replyCode = (reply.length() >= 3) ? reply.substring(0, 3) : reply;
		String enhanced = null;
		if (reply.length() > 4 && (reply.charAt(3) == ' ' || reply.charAt(3) == '-')) {
			String token = reply.substring(4).strip().split("\\s", 2)[0];
			try {
				enhanced = (CodeId.parse(token) instanceof CodeId.Enhanced code) ? code.value() : null;
			}
			catch (MalformedCode ex) {
				// the text after the reply code is prose, not an enhanced code
			}
		}
		if (!documents.contains(replyCode)) {
			entry.problem("reply", "does not start with a reply code of the catalogue");
		}
		else if (enhanced != null && !documents.contains(enhanced)) {
			entry.problem("reply", "carries " + enhanced + ", which is not a code of the catalogue");
		}
		else if (enhanced != null && enhanced.charAt(0) != replyCode.charAt(0)) {
			entry.problem("reply", "carries " + enhanced + ", whose class disagrees with reply code " + replyCode);
		}
		return new Facts.Example(reply, entry.text("source", true), replyCode, enhanced);
	}

	private Texts texts(String language, Map<String, Facts.ReplyCode> replyCodes,
			Map<String, Facts.Heading> classes, Map<String, Facts.Heading> subjects,
			Map<String, Facts.Detail> details, Set<Pair> pairs, BounceRules rules) {
		Map<String, Map<String, Raw>> sections = this.texts.getOrDefault(language, Map.of());
		Map<String, Texts.ClassText> classTexts = new HashMap<>();
		Set<String> replyClasses = new TreeSet<>(Set.of("2xx", "3xx", "4xx", "5xx"));
		for (String key : replyClasses) {
			classTexts.put(key, classText(language, sections, "replyClasses", key, key.charAt(0) >= '4'));
		}
		for (String key : classes.keySet()) {
			classTexts.put(key, classText(language, sections, "enhancedClasses", key, key.charAt(0) >= '4'));
		}
		unknownKeys(language, sections, "replyClasses", replyClasses);
		unknownKeys(language, sections, "enhancedClasses", section("enhancedClasses").keySet());

		Map<Integer, Texts.CategoryText> categories = new HashMap<>();
		Set<String> digits = Set.of("0", "1", "2", "3", "4", "5");
		for (String digit : new TreeSet<>(digits)) {
			Entry entry = textEntry(language, sections, "categories", digit, Set.of("digit", "name", "description"));
			if (entry != null) {
				categories.put(Integer.parseInt(digit),
						new Texts.CategoryText(entry.text("name", true), entry.text("description", true)));
			}
		}
		unknownKeys(language, sections, "categories", digits);

		Map<String, Texts.SubjectText> subjectTexts = new HashMap<>();
		for (String key : subjects.keySet()) {
			Entry entry = textEntry(language, sections, "subjects", key,
					Set.of("code", "name", "description", "whenYouSeeIt", "howToFix"));
			if (entry != null) {
				subjectTexts.put(key, new Texts.SubjectText(entry.text("name", true), entry.text("description", true),
						entry.text("whenYouSeeIt", true), entry.text("howToFix", true)));
			}
		}
		unknownKeys(language, sections, "subjects", section("subjects").keySet());

		Map<String, Texts.CodeText> codeTexts = new HashMap<>();
		for (Facts.ReplyCode facts : replyCodes.values()) {
			boolean failure = facts.id().classDigit() >= 4;
			Entry entry = textEntry(language, sections, "replyCodes", facts.id().value(),
					Set.of("code", "title", "description", "whenYouSeeIt", "howToFix", "retryAdvice"));
			if (entry != null) {
				codeTexts.put(facts.id().value(),
						new Texts.CodeText(entry.text("title", true), entry.text("description", true),
								entry.text("whenYouSeeIt", true), entry.text("howToFix", true),
								entry.text("retryAdvice", failure)));
				if (!failure && entry.has("retryAdvice")) {
					entry.problem("retryAdvice", "applies only to failures (4xx and 5xx)");
				}
			}
		}
		unknownKeys(language, sections, "replyCodes", section("replyCodes").keySet());

		Map<String, Texts.DetailText> detailTexts = new HashMap<>();
		for (Facts.Detail facts : details.values()) {
			Entry entry = textEntry(language, sections, "enhancedDetails", facts.key(), Set.of("code", "title",
					"description", "whenYouSeeIt", "howToFix", "success", "transient", "permanent"));
			if (entry != null) {
				Map<Integer, String> byClass = new HashMap<>();
				byClass.put(4, entry.text("transient", true));
				byClass.put(5, entry.text("permanent", true));
				boolean success = facts.classes().contains(2);
				String successText = entry.text("success", success);
				if (success) {
					byClass.put(2, successText);
				}
				else if (successText != null) {
					entry.problem("success", "is given, but " + facts.key() + " has no 2.X.X form (its classes are "
							+ facts.classes() + ")");
				}
				detailTexts.put(facts.key(), new Texts.DetailText(entry.text("title", true),
						entry.text("description", true), entry.text("whenYouSeeIt", true),
						entry.text("howToFix", true), byClass));
			}
		}
		unknownKeys(language, sections, "enhancedDetails", section("enhancedDetails").keySet());

		Map<Pair, String> notes = new HashMap<>();
		for (Pair pair : pairs) {
			Entry entry = textEntry(language, sections, "comparisons", pair.key(), Set.of("pair", "note"));
			if (entry != null) {
				notes.put(pair, entry.text("note", true));
			}
		}
		unknownKeys(language, sections, "comparisons", section("comparisons").keySet());

		Map<String, Texts.ReasonText> reasons = new HashMap<>();
		for (BounceRules.Reason reason : rules.reasons()) {
			Entry entry = textEntry(language, sections, "reasons", reason.id(), Set.of("reason", "description", "action"));
			if (entry != null) {
				reasons.put(reason.id(), new Texts.ReasonText(entry.text("description", true), entry.text("action", true)));
			}
		}
		unknownKeys(language, sections, "reasons", section("reasons").keySet());
		return new Texts(language, classTexts, categories, subjectTexts, codeTexts, detailTexts, notes, reasons);
	}

	private Texts.ClassText classText(String language, Map<String, Map<String, Raw>> sections, String section,
			String key, boolean failure) {
		Entry entry = textEntry(language, sections, section, key, Set.of("code", "name", "description", "retryAdvice"));
		if (entry == null) {
			return null;
		}
		return new Texts.ClassText(entry.text("name", true), entry.text("description", true),
				entry.text("retryAdvice", failure));
	}

	private Entry textEntry(String language, Map<String, Map<String, Raw>> sections, String section, String key,
			Set<String> allowed) {
		Raw raw = sections.getOrDefault(section, Map.of()).get(key);
		if (raw == null) {
			Raw fact = factFor(section, key);
			String file = (fact != null) ? fact.source().name() : "catalogue/texts/" + language;
			int line = (fact != null) ? fact.line() : 0;
			this.problems.add(new Problem(file, line, section + "[" + key + "]", "has no text in language '"
					+ language + "'"));
			return null;
		}
		return new Entry(raw, allowed);
	}

	private Raw factFor(String section, String key) {
		return switch (section) {
			case "replyCodes", "subjects", "enhancedDetails", "enhancedClasses", "comparisons", "reasons" ->
				section(section).get(key);
			default -> null;
		};
	}

	private void unknownKeys(String language, Map<String, Map<String, Raw>> sections, String section,
			Set<String> known) {
		sections.getOrDefault(section, Map.of()).forEach((key, raw) -> {
			if (!known.contains(key)) {
				new Entry(raw, null).problem(keyField(section),
						"'" + key + "' has text in language '" + language + "' but is not in the catalogue's facts");
			}
		});
	}

	/**
	 * A file to read.
	 * @param resource where it is
	 * @param name how problems name it
	 * @param language the language of a text file, null for facts (or for the extra file)
	 * @param extra whether it is the operator's extra file, whose entries replace fields of existing ones
	 */
	record Source(Resource resource, String name, String language, boolean extra) {

		Source(Resource resource, String name, String language) {
			this(resource, name, language, false);
		}

	}

	private record Field(Source source, Node key, Node node) {
	}

	private record Raw(Source source, int line, String section, String key, Map<String, Field> fields) {
	}

	private record Problem(String file, int line, String field, String what) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.field + ": " + this.what;
		}

	}

	/** Typed reading of one entry's fields, reporting each problem at the field's own line. */
	private final class Entry {

		private final Raw raw;

		private final int problemsBefore = CatalogueLoader.this.problems.size();

		Entry(Raw raw, Set<String> allowed) {
			this.raw = raw;
			if (allowed != null) {
				raw.fields().forEach((name, field) -> {
					if (!allowed.contains(name)) {
						problemAt(field.source(), field.key(), name, "is not a field of " + raw.section()
								+ " (expected one of " + new TreeSet<>(allowed) + ")");
					}
				});
			}
		}

		boolean failed() {
			return CatalogueLoader.this.problems.size() > this.problemsBefore;
		}

		boolean has(String name) {
			return this.raw.fields().containsKey(name);
		}

		CodeId.Reply replyCode() {
			try {
				if (CodeId.parse(this.raw.key()) instanceof CodeId.Reply reply && reply.value().equals(this.raw.key())) {
					return reply;
				}
			}
			catch (MalformedCode ex) {
				// reported below
			}
			problem("code", "'" + this.raw.key() + "' is not a well-formed reply code (three digits, the first 2 to 5)");
			return null;
		}

		String text(String name, boolean required) {
			Field field = this.raw.fields().get(name);
			if (field == null || (field.node() instanceof ScalarNode scalar && scalar.getValue().isBlank()
					&& scalar.getTag().getValue().endsWith(":null"))) {
				if (required) {
					problem(name, "is missing");
				}
				return null;
			}
			String value = scalar(field.node());
			if (value == null) {
				problemAt(field.source(), field.node(), name, "must be a text");
				return null;
			}
			if (value.isBlank()) {
				problemAt(field.source(), field.node(), name, "is empty");
				return null;
			}
			// YAML folds lines with a space, which Japanese does not put after its full stop
			return value.strip().replace("\u3002 ", "\u3002");
		}

		Boolean bool(String name, boolean required) {
			String value = text(name, required);
			if (value == null) {
				return null;
			}
			if (!value.equals("true") && !value.equals("false")) {
				problemAt(this.raw.fields().get(name).source(), this.raw.fields().get(name).node(), name,
						"must be true or false");
				return null;
			}
			return Boolean.valueOf(value);
		}

		List<String> texts(String name) {
			return texts(this.raw.fields().get(name), name);
		}

		List<String> texts(Field field, String name) {
			if (field == null) {
				return List.of();
			}
			if (!(field.node() instanceof SequenceNode sequence)) {
				problemAt(field.source(), field.node(), name, "must be a list");
				return List.of();
			}
			List<String> values = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				String value = scalar(item);
				if (value == null || value.isBlank()) {
					problemAt(field.source(), item, name, "must hold only texts");
				}
				else {
					values.add(value.strip());
				}
			}
			return List.copyOf(values);
		}

		List<String> codes(String name) {
			List<String> codes = new ArrayList<>();
			for (String value : texts(name)) {
				try {
					String code = CodeId.parse(value).value();
					if (!code.equals(value)) {
						throw new MalformedCode(value);
					}
					codes.add(code);
				}
				catch (MalformedCode ex) {
					problem(name, "'" + value + "' is not a well-formed code");
				}
			}
			return List.copyOf(codes);
		}

		List<BounceRules.Phrase> phrases(String name) {
			return phrases(this.raw.fields().get(name), name);
		}

		// the patterns of a list field, wherever it is in the entry
		List<BounceRules.Phrase> phrases(Field field, String name) {
			List<BounceRules.Phrase> phrases = new ArrayList<>();
			for (String source : texts(field, name)) {
				try {
					phrases.add(BounceRules.Phrase.of(source));
				}
				catch (com.google.re2j.PatternSyntaxException ex) {
					problem(name, "'" + source + "' is not a valid RE2 pattern: " + ex.getDescription());
				}
			}
			return List.copyOf(phrases);
		}

		Map<String, Field> mapping(String name) {
			Field field = this.raw.fields().get(name);
			if (field == null) {
				return Map.of();
			}
			Map<String, Field> fields = fields(field.source(), field.node(), name);
			return (fields != null) ? fields : Map.of();
		}

		List<Reference> references() {
			Field field = this.raw.fields().get("references");
			if (field == null) {
				return List.of();
			}
			List<Reference> references = new ArrayList<>();
			for (Node item : sequence(field.source(), field.node(), "references")) {
				Map<String, Field> fields = fields(field.source(), item, "references[]");
				if (fields == null) {
					continue;
				}
				Entry reference = new Entry(new Raw(field.source(), line(item), "references", null, fields),
						Set.of("document", "section", "url"));
				String document = reference.text("document", true);
				String section = reference.text("section", false);
				String url = reference.text("url", false);
				if (url != null && !url.startsWith("https://")) {
					reference.problem("url", "must be an https link");
				}
				if (document != null && !document.startsWith("RFC ") && !document.equals(Reference.IANA_REGISTRY)
						&& url == null) {
					reference.problem("url", "is missing: only RFCs and the IANA registry get their link derived");
				}
				if (document != null) {
					references.add(Reference.of(document, section, url));
				}
			}
			return List.copyOf(references);
		}

		void problem(String field, String what) {
			Field given = this.raw.fields().get(field);
			if (given != null) {
				problemAt(given.source(), given.node(), field, what);
			}
			else {
				CatalogueLoader.this.problems.add(new Problem(this.raw.source().name(), this.raw.line(),
						name(field), what));
			}
		}

		private void problemAt(Source source, Node node, String field, String what) {
			CatalogueLoader.this.problems.add(new Problem(source.name(), line(node), name(field), what));
		}

		private String name(String field) {
			return (this.raw.key() != null) ? this.raw.section() + "[" + this.raw.key() + "]." + field
					: this.raw.section() + "." + field;
		}

	}

}
