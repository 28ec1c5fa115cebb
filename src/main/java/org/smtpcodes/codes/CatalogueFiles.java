package org.smtpcodes.codes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The catalogue's YAML files, read into the entries of the sections a reader declares,
 * each entry with its file and line. YAML is read with limits (size, aliases, nesting,
 * duplicate keys), so that an operator's file cannot exhaust the service. Problems are
 * collected, each as {@code file:line: field: what is wrong}, and reported together by
 * {@link #check(Supplier)}.
 * <p>
 * The facts files and the operator's extra file hold sections of facts; a text file, or
 * the extra file's {@code texts.<language>} mapping, holds sections of texts in one
 * language.
 */
public final class CatalogueFiles {

	private final List<String> languages;

	private final Map<String, CatalogueSection> factSections = new LinkedHashMap<>();

	private final Map<String, CatalogueSection> textSections = new LinkedHashMap<>();

	// the names of the sections that another reader takes from the same files; null when
	// any other section is another reader's, which checks the files' layout itself
	private final Set<String> factsElsewhere;

	private final Set<String> textsElsewhere;

	private final List<Problem> problems = new ArrayList<>();

	private final Map<CatalogueSection, Map<String, Raw>> keyed = new HashMap<>();

	private final Map<CatalogueSection, List<Raw>> listed = new HashMap<>();

	private final Map<String, Map<CatalogueSection, Map<String, Raw>>> texts = new HashMap<>();

	private String extraName;

	private boolean unreadable;

	private CatalogueFiles(List<String> languages, List<CatalogueSection> facts, List<CatalogueSection> texts,
			Set<String> factsElsewhere, Set<String> textsElsewhere) {
		this.languages = List.copyOf(languages);
		facts.forEach((section) -> this.factSections.put(section.name(), section));
		texts.forEach((section) -> this.textSections.put(section.name(), section));
		this.factsElsewhere = factsElsewhere;
		this.textsElsewhere = textsElsewhere;
	}

	/**
	 * Files read for the given sections only: any other section is left to the reader
	 * that checks the files' layout.
	 * @param languages the configured languages
	 * @param facts the sections of facts to read
	 * @param texts the sections of texts to read, in every language
	 * @return files to {@link #read(List)}
	 */
	public static CatalogueFiles of(List<String> languages, List<CatalogueSection> facts,
			List<CatalogueSection> texts) {
		return new CatalogueFiles(languages, facts, texts, null, null);
	}

	/**
	 * Files read for the given sections, where any section but those and the ones another
	 * reader takes is a problem.
	 */
	static CatalogueFiles checkingLayout(List<String> languages, List<CatalogueSection> facts,
			List<CatalogueSection> texts, Set<String> factsElsewhere, Set<String> textsElsewhere) {
		return new CatalogueFiles(languages, facts, texts, factsElsewhere, textsElsewhere);
	}

	/**
	 * The embedded files and the operator's extra file.
	 * @param resources where to find the embedded files
	 * @param factFiles the facts files, as a pattern under {@code catalogue/}
	 * @param textFiles the text files, as a pattern under
	 * {@code catalogue/texts/<language>/}
	 * @param languages the languages whose text files to read
	 * @param extra the extra file's location, or null
	 * @return the files, in the order to read them (the extra file last)
	 */
	public static List<Source> find(ResourcePatternResolver resources, String factFiles, String textFiles,
			List<String> languages, String extra) {
		List<Source> sources = new ArrayList<>();
		for (Resource resource : sorted(resources, "classpath:catalogue/" + factFiles)) {
			sources.add(new Source(resource, "catalogue/" + resource.getFilename(), null));
		}
		for (String language : languages) {
			for (Resource resource : sorted(resources, "classpath:catalogue/texts/" + language + "/" + textFiles)) {
				sources
					.add(new Source(resource, "catalogue/texts/" + language + "/" + resource.getFilename(), language));
			}
		}
		if (extra != null && !extra.isBlank()) {
			Resource resource = resources.getResource(extra.strip());
			sources.add(new Source(resource, resource.exists() ? extra.strip() : extra, null, true));
		}
		return sources;
	}

	private static List<Resource> sorted(ResourcePatternResolver resources, String pattern) {
		try {
			return Arrays.stream(resources.getResources(pattern))
				.filter(Resource::exists)
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot list " + pattern, ex);
		}
	}

	/**
	 * Reads the files: facts files, text files of one language, and at most one extra
	 * file last.
	 * @param sources the files, in order
	 * @return these files, read
	 */
	public CatalogueFiles read(List<Source> sources) {
		for (Source source : sources) {
			if (source.extra() && !source.resource().exists()) {
				this.problems.add(new Problem(source.name(), 0, "catalogue.extra", "the file does not exist"));
				continue;
			}
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
		return this;
	}

	/**
	 * Builds what the files describe, unless a file could not be read, and refuses it if
	 * any problem was found.
	 * @param <T> what is built
	 * @param build reads the entries, reporting their problems, and builds the result
	 * when there are none
	 * @return the result
	 * @throws InvalidCatalogue listing every problem
	 */
	public <T> T check(Supplier<T> build) {
		// a file that cannot be read leaves the others' references dangling: report only
		// what stopped the reading
		T built = (this.unreadable) ? null : build.get();
		if (!this.problems.isEmpty()) {
			throw new InvalidCatalogue(this.problems.stream()
				.sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
				.map(Problem::toString)
				.distinct()
				.toList());
		}
		return built;
	}

	/** Whether a problem has been found so far. */
	public boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	/** The extra file's name, or null. */
	public String extraName() {
		return this.extraName;
	}

	/**
	 * The entries of a keyed section of facts, by key, in the order read; each checked
	 * for unknown fields.
	 * @param section the section
	 * @return its entries
	 */
	public Map<String, CatalogueEntry> entries(CatalogueSection section) {
		Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
		this.keyed.getOrDefault(section, Map.of())
			.forEach((key, raw) -> entries.put(key, new CatalogueEntry(this, raw, section, null)));
		return entries;
	}

	/**
	 * The entries of a list section of facts, in order; each checked for unknown fields.
	 * @param section the section
	 * @return its entries
	 */
	public List<CatalogueEntry> list(CatalogueSection section) {
		return this.listed.getOrDefault(section, List.of())
			.stream()
			.map((raw) -> new CatalogueEntry(this, raw, section, null))
			.toList();
	}

	/**
	 * The entry of a single section, such as the catalogue's manifest, checked for
	 * unknown fields.
	 * @param section the section
	 * @return the entry the last file gives, or null
	 */
	public CatalogueEntry single(CatalogueSection section) {
		List<Raw> given = this.listed.getOrDefault(section, List.of());
		return given.isEmpty() ? null : new CatalogueEntry(this, given.get(given.size() - 1), section, null);
	}

	/**
	 * The keys of a keyed section of facts, as read, whether or not their entries are
	 * right.
	 * @param section the section
	 * @return the keys
	 */
	public Set<String> keys(CatalogueSection section) {
		return this.keyed.getOrDefault(section, Map.of()).keySet();
	}

	/**
	 * The text of a fact in one language, checked for unknown fields; a fact without one
	 * is a problem.
	 * @param language the language
	 * @param section the section of texts
	 * @param key the fact's key
	 * @param facts the section of the fact, whose file and line the problem names; null
	 * for texts of the catalogue's own structure (the reply classes and categories),
	 * which only the text files hold
	 * @return its entry, or null
	 */
	public CatalogueEntry text(String language, CatalogueSection section, String key, CatalogueSection facts) {
		Raw raw = textsOf(language).getOrDefault(section, Map.of()).get(key);
		if (raw == null) {
			Raw fact = (facts != null) ? this.keyed.getOrDefault(facts, Map.of()).get(key) : null;
			String file = (fact != null) ? fact.source().name() : "catalogue/texts/" + language;
			int line = (fact != null) ? fact.line() : 0;
			this.problems.add(new Problem(file, line, section.name() + "[" + key + "]",
					"has no text in language '" + language + "'"));
			return null;
		}
		return new CatalogueEntry(this, raw, section, null);
	}

	/**
	 * Reports the texts of a language whose key names no fact.
	 * @param language the language
	 * @param section the section of texts
	 * @param facts the keys of the facts
	 */
	public void unknownTexts(String language, CatalogueSection section, Set<String> facts) {
		textsOf(language).getOrDefault(section, Map.of()).forEach((key, raw) -> {
			if (!facts.contains(key)) {
				new CatalogueEntry(this, raw, null, null).problem(section.key(),
						"'" + key + "' has text in language '" + language + "' but is not in the catalogue's facts");
			}
		});
	}

	/**
	 * Reports a problem that belongs to no entry.
	 * @param file the file
	 * @param line the line, 0 for the whole file
	 * @param field the field or section
	 * @param what what is wrong
	 */
	public void problem(String file, int line, String field, String what) {
		this.problems.add(new Problem(file, line, field, what));
	}

	private Map<CatalogueSection, Map<String, Raw>> textsOf(String language) {
		return this.texts.computeIfAbsent(language, (key) -> new HashMap<>());
	}

	// Parsing

	private Node parse(Source source) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(20);
		options.setCodePointLimit(CatalogueLoader.MAX_FILE_BYTES);
		options.setAllowRecursiveKeys(false);
		try (InputStream in = source.resource().getInputStream()) {
			byte[] bytes = in.readNBytes(CatalogueLoader.MAX_FILE_BYTES + 1);
			if (bytes.length > CatalogueLoader.MAX_FILE_BYTES) {
				this.problems.add(new Problem(source.name(), 0, "file",
						"is larger than " + CatalogueLoader.MAX_FILE_BYTES / 1024 / 1024 + " MiB"));
				return null;
			}
			try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
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

	// Reading sections

	private void read(Source source, Node root) {
		Map<String, Value> sections = mapping(source, root, "file", null);
		if (sections == null) {
			this.unreadable = true;
			return;
		}
		if (source.language() != null) {
			readTexts(source, source.language(), sections);
			return;
		}
		sections.forEach((name, value) -> {
			CatalogueSection section = this.factSections.get(name);
			if (name.equals("texts") && source.extra()) {
				readExtraTexts(source, value.node());
			}
			else if (section != null) {
				readSection(source, section, value.node(), this.keyed);
			}
			else if (this.factsElsewhere != null && !this.factsElsewhere.contains(name)) {
				Set<String> expected = new TreeSet<>(this.factSections.keySet());
				expected.addAll(this.factsElsewhere);
				problem(source, value.key(), name, "is not a section of the catalogue (expected one of " + expected
						+ (source.extra() ? " or texts" : "") + ")", null);
			}
		});
	}

	private void readExtraTexts(Source source, Node node) {
		Map<String, Value> byLanguage = mapping(source, node, "texts", null);
		if (byLanguage == null) {
			return;
		}
		byLanguage.forEach((language, texts) -> {
			if (!this.languages.contains(language)) {
				problem(source, texts.key(), "texts." + language, "is not a configured language " + this.languages,
						null);
			}
			else {
				Map<String, Value> sections = mapping(source, texts.node(), "texts." + language, null);
				if (sections != null) {
					readTexts(source, language, sections);
				}
			}
		});
	}

	private void readTexts(Source source, String language, Map<String, Value> sections) {
		sections.forEach((name, value) -> {
			CatalogueSection section = this.textSections.get(name);
			if (section != null) {
				readSection(source, section, value.node(), textsOf(language));
			}
			else if (this.textsElsewhere != null && !this.textsElsewhere.contains(name)) {
				Set<String> expected = new TreeSet<>(this.textSections.keySet());
				expected.addAll(this.textsElsewhere);
				problem(source, value.key(), name, "is not a section of a text file (expected one of " + expected + ")",
						null);
			}
		});
	}

	private void readSection(Source source, CatalogueSection section, Node node,
			Map<CatalogueSection, Map<String, Raw>> keyedInto) {
		String name = section.name();
		if (section.kind() == CatalogueSection.Kind.SINGLE) {
			Map<String, Value> fields = mapping(source, node, name, null);
			if (fields != null) {
				this.listed.computeIfAbsent(section, (key) -> new ArrayList<>())
					.add(new Raw(source, line(node), name, name, fields));
			}
			return;
		}
		if (section.kind() != CatalogueSection.Kind.KEYED) {
			List<Raw> read = new ArrayList<>();
			for (Node entry : sequence(source, node, name, null)) {
				Map<String, Value> fields = mapping(source, entry, name, null);
				if (fields != null) {
					read.add(new Raw(source, line(entry), name, null, fields));
				}
			}
			List<Raw> into = this.listed.computeIfAbsent(section, (key) -> new ArrayList<>());
			boolean first = source.extra() && section.kind() == CatalogueSection.Kind.LIST_EXTRA_FIRST;
			into.addAll(first ? 0 : into.size(), read);
			return;
		}
		readEntries(source, section, node, keyedInto.computeIfAbsent(section, (key) -> new LinkedHashMap<>()));
	}

	private void readEntries(Source source, CatalogueSection section, Node node, Map<String, Raw> into) {
		String name = section.name();
		String keyField = section.key().name();
		for (Node entry : sequence(source, node, name, null)) {
			Map<String, Value> fields = mapping(source, entry, name, null);
			if (fields == null) {
				continue;
			}
			Value keyValue = fields.get(keyField);
			String key = (keyValue != null) ? scalar(keyValue.node()) : null;
			if (key == null || key.isBlank()) {
				problem(source, entry, name + "[]." + keyField, "is missing", null);
				continue;
			}
			key = section.normalize(key);
			Raw raw = new Raw(source, line(entry), name, key, fields);
			Raw earlier = into.get(key);
			if (earlier != null && (!source.extra() || earlier.source() == source)) {
				problem(source, entry, name + "[" + key + "]", "is a duplicate " + keyField + " (first at "
						+ earlier.source().name() + ":" + earlier.line() + ")", null);
				continue;
			}
			if (earlier != null) {
				// an operator's entry replaces the fields it gives and keeps the others
				Map<String, Value> merged = new LinkedHashMap<>(earlier.fields());
				merged.putAll(fields);
				raw = new Raw(source, raw.line(), name, key, merged);
			}
			into.put(key, raw);
		}
	}

	// YAML nodes, for the entries too

	Map<String, Value> mapping(Source source, Node node, String field, CatalogueEntry reporter) {
		if (!(node instanceof MappingNode mapping)) {
			problem(source, node, field, "must be a mapping of names to values", reporter);
			return null;
		}
		Map<String, Value> fields = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (key == null) {
				problem(source, tuple.getKeyNode(), field, "has a key that is not a plain name", reporter);
				continue;
			}
			if (fields.containsKey(key)) {
				problem(source, tuple.getKeyNode(), field + "." + key, "is given twice", reporter);
				continue;
			}
			fields.put(key, new Value(source, tuple.getKeyNode(), tuple.getValueNode()));
		}
		return fields;
	}

	List<Node> sequence(Source source, Node node, String field, CatalogueEntry reporter) {
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		problem(source, node, field, "must be a list", reporter);
		return List.of();
	}

	static String scalar(Node node) {
		return (node instanceof ScalarNode scalar) ? scalar.getValue() : null;
	}

	static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	// a problem at a node, counted against the entry that reports it
	void problem(Source source, Node node, String field, String what, CatalogueEntry reporter) {
		problem(source.name(), line(node), field, what, reporter);
	}

	void problem(String file, int line, String field, String what, CatalogueEntry reporter) {
		this.problems.add(new Problem(file, line, field, what));
		if (reporter != null) {
			reporter.counted();
		}
	}

	/**
	 * A file to read.
	 *
	 * @param resource where it is
	 * @param name how problems name it
	 * @param language the language of a text file, null for facts (or for the extra file)
	 * @param extra whether it is the operator's extra file, whose entries replace fields
	 * of existing ones
	 */
	public record Source(Resource resource, String name, String language, boolean extra) {

		public Source(Resource resource, String name, String language) {
			this(resource, name, language, false);
		}

	}

	/** A value as the YAML gives it: its name's node and its own. */
	record Value(Source source, Node key, Node node) {
	}

	/** An entry as read, before any of its fields is. */
	record Raw(Source source, int line, String section, String key, Map<String, Value> fields) {
	}

	private record Problem(String file, int line, String field, String what) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.field + ": " + this.what;
		}

	}

}
