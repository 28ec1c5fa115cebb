package org.smtpcodes.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smtpcodes.codes.CatalogueFiles.Source;

import org.springframework.context.MessageSource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the catalogue of codes from its YAML files and checks every rule before a
 * {@link Catalogue} exists: unique and well-formed codes, classes that agree with the
 * codes, every required field in every language, every reference to another code
 * resolvable. Each section has its own reader; all problems are reported together, each
 * with its file and line.
 */
final class CatalogueLoader {

	/** Files larger than this are refused before they are parsed. */
	static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

	// sections of the same files that the explain feature reads and checks: its bounce
	// rules and their texts
	private static final Set<String> FACTS_ELSEWHERE = Set.of("reasons", "rules", "providers", "statusReasons");

	private static final Set<String> TEXTS_ELSEWHERE = Set.of("reasons");

	private static final List<CatalogueSection> FACTS = List.of(FactsReader.CATALOGUE, FactsReader.REPLY_CODES,
			FactsReader.ENHANCED_CLASSES, FactsReader.SUBJECTS, FactsReader.ENHANCED_DETAILS, ExamplesReader.EXAMPLES,
			ComparisonsReader.COMPARISONS);

	private final List<String> languages;

	private final MessageSource messages;

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
		return load(CatalogueFiles.find(resources, "*.yaml", "*.yaml", this.languages, extra));
	}

	/**
	 * Loads the given files: facts files, text files of one language, and at most one
	 * extra file last.
	 * @param sources the files, in order
	 * @return the validated catalogue
	 * @throws InvalidCatalogue listing every problem
	 */
	Catalogue load(List<Source> sources) {
		CatalogueFiles files = CatalogueFiles
			.checkingLayout(this.languages, FACTS, TextsReader.SECTIONS, FACTS_ELSEWHERE, TEXTS_ELSEWHERE)
			.read(sources);
		return files.check(() -> build(files));
	}

	private Catalogue build(CatalogueFiles files) {
		FactsReader factsReader = new FactsReader(files);
		Catalogue.Provenance provenance = factsReader.provenance();
		Facts.All facts = factsReader.read();
		Set<String> documents = facts.documents();
		List<Facts.Example> examples = new ExamplesReader(files, documents).read();
		Set<Pair> pairs = new ComparisonsReader(files, documents).pairs();
		TextsReader textsReader = new TextsReader(files, facts, pairs);
		Map<String, Texts> texts = new HashMap<>();
		this.languages.forEach((language) -> texts.put(language, textsReader.read(language)));
		if (files.hasProblems()) {
			return null;
		}
		return new Catalogue(provenance, this.languages, facts.replyCodes(), facts.subjects(), facts.details(),
				examples, pairs, texts, this.messages);
	}

}
