package org.smtpcodes.explain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.re2j.PatternSyntaxException;
import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CatalogueEntry;
import org.smtpcodes.codes.CatalogueFiles;
import org.smtpcodes.codes.CatalogueFiles.Source;
import org.smtpcodes.codes.CatalogueSection;
import org.smtpcodes.codes.CatalogueSection.Field;
import org.smtpcodes.codes.InvalidCatalogue;

import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Loads the bounce rules from the catalogue's {@code bounces.yaml}, the reasons' texts
 * from {@code texts/<language>/reasons.yaml}, and both from the operator's extra file,
 * checked as the catalogue is: every problem reported together, each with its file and
 * line.
 */
final class BounceRulesLoader {

	// the SMTP commands a rule may be limited to, as the explainer names them
	private static final List<String> COMMANDS = List.of("CONNECT", "EHLO", "HELO", "STARTTLS", "MAIL", "RCPT", "DATA");

	private static final List<String> REQUIRED_REASONS = List.of("delivered", "undefined");

	private static final Field REASON = new Field("reason");

	private static final Field HARD = new Field("hard");

	private static final Field FAILURE = new Field("failure");

	private static final Field PATTERNS = new Field("patterns");

	private static final Field AFTER = new Field("after");

	private static final Field NAME = new Field("name");

	private static final Field DOCUMENTATION = new Field("documentation");

	private static final Field HOSTS = new Field("hosts");

	// a provider's own phrases, by reason
	private static final Field REASONS = new Field("reasons");

	private static final Field CODE = new Field("code");

	private static final Field DECISIVE = new Field("decisive");

	private static final Field DESCRIPTION = new Field("description");

	private static final Field ACTION = new Field("action");

	private static final CatalogueSection REASON_FACTS = CatalogueSection.keyed("reasons", REASON, HARD, FAILURE);

	// an operator's rules come first, so that they win
	private static final CatalogueSection RULES = CatalogueSection.list("rules", REASON, PATTERNS, AFTER).extraFirst();

	private static final CatalogueSection PROVIDERS = CatalogueSection.keyed("providers", NAME, DOCUMENTATION, PATTERNS,
			HOSTS, REASONS);

	private static final CatalogueSection STATUS_REASONS = CatalogueSection.keyed("statusReasons", CODE, REASON,
			DECISIVE);

	private static final CatalogueSection REASON_TEXTS = CatalogueSection.keyed("reasons", REASON, DESCRIPTION, ACTION);

	private final Catalogue catalogue;

	private final CatalogueFiles files;

	private BounceRulesLoader(Catalogue catalogue, CatalogueFiles files) {
		this.catalogue = catalogue;
		this.files = files;
	}

	/**
	 * Loads the embedded rules and the operator's extra file.
	 * @param catalogue the catalogue, whose languages and registered details the rules
	 * use
	 * @param resources where to find the embedded files
	 * @param extra the extra file's location, or null
	 * @return the validated rules
	 * @throws InvalidCatalogue listing every problem
	 */
	static BounceRules load(Catalogue catalogue, ResourcePatternResolver resources, String extra) {
		return load(catalogue,
				CatalogueFiles.find(resources, "bounces.yaml", "reasons.yaml", catalogue.languages(), extra));
	}

	/**
	 * Loads the rules from the given files: facts files, text files of one language, and
	 * at most one extra file last.
	 * @param catalogue the catalogue, whose languages and registered details the rules
	 * use
	 * @param sources the files, in order
	 * @return the validated rules
	 * @throws InvalidCatalogue listing every problem
	 */
	static BounceRules load(Catalogue catalogue, List<Source> sources) {
		CatalogueFiles files = CatalogueFiles
			.of(catalogue.languages(), List.of(REASON_FACTS, RULES, PROVIDERS, STATUS_REASONS), List.of(REASON_TEXTS))
			.read(sources);
		BounceRulesLoader loader = new BounceRulesLoader(catalogue, files);
		return files.check(loader::build);
	}

	private BounceRules build() {
		List<BounceRules.Reason> reasons = reasons();
		Set<String> known = new LinkedHashSet<>();
		reasons.forEach((reason) -> known.add(reason.id()));
		List<BounceRules.Rule> rules = new ArrayList<>();
		this.files.list(RULES).forEach((entry) -> add(rules, rule(entry, known)));
		List<BounceRules.Provider> providers = new ArrayList<>();
		this.files.entries(PROVIDERS).forEach((name, entry) -> add(providers, provider(entry, known)));
		Map<String, String> statusReasons = new HashMap<>();
		Set<String> decisive = new HashSet<>();
		this.files.entries(STATUS_REASONS).forEach((code, entry) -> {
			String reason = entry.text(REASON, true);
			if (Boolean.TRUE.equals(entry.bool(DECISIVE, false))) {
				decisive.add(code);
			}
			if (!registeredDetail(code) && !code.matches("[245]\\.[0-9]{1,3}\\.[0-9]{1,3}")) {
				entry.problem(CODE,
						"'" + code + "' is neither a registered detail (X.2.2) nor an enhanced code (4.2.2)");
			}
			if (reason != null && !known.contains(reason)) {
				entry.problem(REASON, "'" + reason + "' is not a reason of the catalogue");
			}
			if (!entry.failed()) {
				statusReasons.put(code, reason);
			}
		});
		Map<String, Map<String, BounceRules.ReasonText>> texts = new HashMap<>();
		this.catalogue.languages().forEach((language) -> texts.put(language, texts(language, reasons)));
		if (this.files.hasProblems()) {
			return null;
		}
		return new BounceRules(reasons, rules, providers, statusReasons, decisive, texts);
	}

	private static <T> void add(List<T> into, T value) {
		if (value != null) {
			into.add(value);
		}
	}

	private List<BounceRules.Reason> reasons() {
		Map<String, CatalogueEntry> entries = this.files.entries(REASON_FACTS);
		List<BounceRules.Reason> reasons = new ArrayList<>();
		entries.forEach((id, entry) -> {
			String hard = entry.text(HARD, true);
			BounceRules.Hard hardness = null;
			if (hard != null) {
				switch (hard) {
					case "always" -> hardness = BounceRules.Hard.ALWAYS;
					case "never" -> hardness = BounceRules.Hard.NEVER;
					case "when permanent" -> hardness = BounceRules.Hard.WHEN_PERMANENT;
					default -> entry.problem(HARD, "must be always, never or when permanent");
				}
			}
			Boolean failure = entry.bool(FAILURE, false);
			if (!id.matches("[a-z]+")) {
				entry.problem(REASON, "'" + id + "' is not a reason identifier (lower-case letters)");
			}
			if (hardness != null && !entry.failed()) {
				reasons.add(new BounceRules.Reason(id, hardness, !Boolean.FALSE.equals(failure)));
			}
		});
		for (String required : REQUIRED_REASONS) {
			if (!entries.isEmpty() && reasons.stream().noneMatch((reason) -> reason.id().equals(required))) {
				this.files.problem("catalogue/bounces.yaml", 0, "reasons",
						"lacks the reason " + required + ", which /explain gives when no rule decides");
			}
		}
		return reasons;
	}

	private static BounceRules.Rule rule(CatalogueEntry entry, Set<String> known) {
		String reason = entry.text(REASON, true);
		if (reason != null && !known.contains(reason)) {
			entry.problem(REASON, "'" + reason + "' is not a reason of the catalogue");
		}
		String after = entry.text(AFTER, false);
		if (after != null && !COMMANDS.contains(after)) {
			entry.problem(AFTER, "'" + after + "' is not one of " + COMMANDS);
		}
		List<BounceRules.Phrase> patterns = phrases(entry.texts(PATTERNS), (what) -> entry.problem(PATTERNS, what));
		if (patterns.isEmpty()) {
			entry.problem(PATTERNS, "is missing: a rule has at least one pattern");
		}
		return entry.failed() ? null : new BounceRules.Rule(reason, patterns, after);
	}

	private static BounceRules.Provider provider(CatalogueEntry entry, Set<String> known) {
		String documentation = entry.text(DOCUMENTATION, true);
		if (documentation != null && !documentation.startsWith("https://")) {
			entry.problem(DOCUMENTATION, "must be an https link");
		}
		List<BounceRules.Phrase> patterns = phrases(entry.texts(PATTERNS), (what) -> entry.problem(PATTERNS, what));
		if (patterns.isEmpty()) {
			entry.problem(PATTERNS, "is missing: a provider is recognised by at least one pattern");
		}
		List<String> hosts = entry.texts(HOSTS);
		for (String host : hosts) {
			if (!host.matches("[a-z0-9][a-z0-9.-]*\\.[a-z]{2,}")) {
				entry.problem(HOSTS, "'" + host + "' is not a domain name in lower case");
			}
		}
		List<BounceRules.Rule> own = new ArrayList<>();
		entry.mapping(REASONS).forEach((reason, member) -> {
			if (!known.contains(reason)) {
				entry.problem(REASONS, "'" + reason + "' is not a reason of the catalogue");
			}
			List<BounceRules.Phrase> phrases = phrases(member.texts(), member::problem);
			if (phrases.isEmpty()) {
				member.problem("is missing its patterns");
			}
			own.add(new BounceRules.Rule(reason, phrases));
		});
		return entry.failed() ? null : new BounceRules.Provider(entry.key(), documentation, patterns, hosts, own);
	}

	// the patterns of a list, each invalid one reported
	private static List<BounceRules.Phrase> phrases(List<String> sources, Consumer<String> problem) {
		List<BounceRules.Phrase> phrases = new ArrayList<>();
		for (String source : sources) {
			try {
				phrases.add(BounceRules.Phrase.of(source));
			}
			catch (PatternSyntaxException ex) {
				problem.accept("'" + source + "' is not a valid RE2 pattern: " + ex.getDescription());
			}
		}
		return List.copyOf(phrases);
	}

	private Map<String, BounceRules.ReasonText> texts(String language, List<BounceRules.Reason> reasons) {
		Map<String, BounceRules.ReasonText> texts = new HashMap<>();
		for (BounceRules.Reason reason : reasons) {
			CatalogueEntry entry = this.files.text(language, REASON_TEXTS, reason.id(), REASON_FACTS);
			if (entry != null) {
				texts.put(reason.id(),
						new BounceRules.ReasonText(entry.text(DESCRIPTION, true), entry.text(ACTION, true)));
			}
		}
		this.files.unknownTexts(language, REASON_TEXTS, this.files.keys(REASON_FACTS));
		return texts;
	}

	// a detail of the registry (X.2.2), which the catalogue holds in each class
	private boolean registeredDetail(String code) {
		return code.startsWith("X.")
				&& this.catalogue.documents(this.catalogue.defaultLanguage()).containsKey("5" + code.substring(1));
	}

}
