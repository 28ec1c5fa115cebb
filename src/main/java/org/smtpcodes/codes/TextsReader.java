package org.smtpcodes.codes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.smtpcodes.codes.CatalogueSection.Field;

/**
 * Reads the texts of one language: every fact has its text, every text belongs to a fact,
 * and a text a code's class needs (the retry advice of a failure, the success report of a
 * detail with a 2.X.X form) is given.
 */
final class TextsReader {

	private static final Field CODE = new Field("code");

	private static final Field DIGIT = new Field("digit");

	private static final Field NAME = new Field("name");

	private static final Field TITLE = new Field("title");

	private static final Field DESCRIPTION = new Field("description");

	private static final Field WHEN_YOU_SEE_IT = new Field("whenYouSeeIt");

	private static final Field HOW_TO_FIX = new Field("howToFix");

	private static final Field RETRY_ADVICE = new Field("retryAdvice");

	private static final Field SUCCESS = new Field("success");

	private static final Field SUCCESS_WHEN_YOU_SEE_IT = new Field("successWhenYouSeeIt");

	private static final Field SUCCESS_HOW_TO_FIX = new Field("successHowToFix");

	private static final Field TRANSIENT = new Field("transient");

	private static final Field PERMANENT = new Field("permanent");

	private static final Field NOTE = new Field("note");

	private static final CatalogueSection REPLY_CLASSES = CatalogueSection.keyed("replyClasses", CODE, NAME,
			DESCRIPTION, RETRY_ADVICE);

	private static final CatalogueSection CATEGORIES = CatalogueSection.keyed("categories", DIGIT, NAME, DESCRIPTION);

	private static final CatalogueSection REPLY_CODES = CatalogueSection.keyed("replyCodes", CODE, TITLE, DESCRIPTION,
			WHEN_YOU_SEE_IT, HOW_TO_FIX, RETRY_ADVICE);

	private static final CatalogueSection ENHANCED_CLASSES = CatalogueSection.keyed("enhancedClasses", CODE, NAME,
			DESCRIPTION, RETRY_ADVICE);

	private static final CatalogueSection SUBJECTS = CatalogueSection.keyed("subjects", CODE, NAME, DESCRIPTION,
			WHEN_YOU_SEE_IT, HOW_TO_FIX);

	private static final CatalogueSection ENHANCED_DETAILS = CatalogueSection.keyed("enhancedDetails", CODE, TITLE,
			DESCRIPTION, WHEN_YOU_SEE_IT, HOW_TO_FIX, SUCCESS, SUCCESS_WHEN_YOU_SEE_IT, SUCCESS_HOW_TO_FIX, TRANSIENT,
			PERMANENT);

	private static final CatalogueSection COMPARISONS = CatalogueSection
		.keyed("comparisons", ComparisonsReader.PAIR, NOTE)
		.normalizedBy(Pair::normalize);

	static final List<CatalogueSection> SECTIONS = List.of(REPLY_CLASSES, CATEGORIES, REPLY_CODES, ENHANCED_CLASSES,
			SUBJECTS, ENHANCED_DETAILS, COMPARISONS);

	private static final Set<String> REPLY_CLASS_KEYS = new TreeSet<>(Set.of("2xx", "3xx", "4xx", "5xx"));

	private static final Set<String> CATEGORY_DIGITS = new TreeSet<>(Set.of("0", "1", "2", "3", "4", "5"));

	private final CatalogueFiles files;

	private final Facts.All facts;

	private final Set<Pair> pairs;

	TextsReader(CatalogueFiles files, Facts.All facts, Set<Pair> pairs) {
		this.files = files;
		this.facts = facts;
		this.pairs = pairs;
	}

	/** The texts of one language, each problem reported. */
	Texts read(String language) {
		return new Texts(language, classes(language), categories(language), subjects(language), replyCodes(language),
				details(language), notes(language));
	}

	private Map<String, Texts.ClassText> classes(String language) {
		Map<String, Texts.ClassText> texts = new HashMap<>();
		for (String key : REPLY_CLASS_KEYS) {
			texts.put(key, classText(this.files.text(language, REPLY_CLASSES, key, null), key));
		}
		for (String key : this.facts.classes().keySet()) {
			texts.put(key,
					classText(this.files.text(language, ENHANCED_CLASSES, key, FactsReader.ENHANCED_CLASSES), key));
		}
		this.files.unknownTexts(language, REPLY_CLASSES, REPLY_CLASS_KEYS);
		this.files.unknownTexts(language, ENHANCED_CLASSES, this.files.keys(FactsReader.ENHANCED_CLASSES));
		return texts;
	}

	private static Texts.ClassText classText(CatalogueEntry entry, String key) {
		if (entry == null) {
			return null;
		}
		return new Texts.ClassText(entry.text(NAME, true), entry.text(DESCRIPTION, true),
				entry.text(RETRY_ADVICE, key.charAt(0) >= '4'));
	}

	private Map<Integer, Texts.CategoryText> categories(String language) {
		Map<Integer, Texts.CategoryText> texts = new HashMap<>();
		for (String digit : CATEGORY_DIGITS) {
			CatalogueEntry entry = this.files.text(language, CATEGORIES, digit, null);
			if (entry != null) {
				texts.put(Integer.parseInt(digit),
						new Texts.CategoryText(entry.text(NAME, true), entry.text(DESCRIPTION, true)));
			}
		}
		this.files.unknownTexts(language, CATEGORIES, CATEGORY_DIGITS);
		return texts;
	}

	private Map<String, Texts.SubjectText> subjects(String language) {
		Map<String, Texts.SubjectText> texts = new HashMap<>();
		for (String key : this.facts.subjects().keySet()) {
			CatalogueEntry entry = this.files.text(language, SUBJECTS, key, FactsReader.SUBJECTS);
			if (entry != null) {
				texts.put(key, new Texts.SubjectText(entry.text(NAME, true), entry.text(DESCRIPTION, true),
						entry.text(WHEN_YOU_SEE_IT, true), entry.text(HOW_TO_FIX, true)));
			}
		}
		this.files.unknownTexts(language, SUBJECTS, this.files.keys(FactsReader.SUBJECTS));
		return texts;
	}

	private Map<String, Texts.CodeText> replyCodes(String language) {
		Map<String, Texts.CodeText> texts = new HashMap<>();
		for (Facts.ReplyCode facts : this.facts.replyCodes().values()) {
			boolean failure = facts.id().classDigit() >= 4;
			CatalogueEntry entry = this.files.text(language, REPLY_CODES, facts.id().value(), FactsReader.REPLY_CODES);
			if (entry != null) {
				texts.put(facts.id().value(),
						new Texts.CodeText(entry.text(TITLE, true), entry.text(DESCRIPTION, true),
								entry.text(WHEN_YOU_SEE_IT, true), entry.text(HOW_TO_FIX, true),
								entry.text(RETRY_ADVICE, failure)));
				if (!failure && entry.has(RETRY_ADVICE)) {
					entry.problem(RETRY_ADVICE, "applies only to failures (4xx and 5xx)");
				}
			}
		}
		this.files.unknownTexts(language, REPLY_CODES, this.files.keys(FactsReader.REPLY_CODES));
		return texts;
	}

	private Map<String, Texts.DetailText> details(String language) {
		Map<String, Texts.DetailText> texts = new HashMap<>();
		for (Facts.Detail facts : this.facts.details().values()) {
			CatalogueEntry entry = this.files.text(language, ENHANCED_DETAILS, facts.key(),
					FactsReader.ENHANCED_DETAILS);
			if (entry == null) {
				continue;
			}
			Map<Integer, String> byClass = new HashMap<>();
			byClass.put(4, entry.text(TRANSIENT, true));
			byClass.put(5, entry.text(PERMANENT, true));
			boolean success = facts.classes().contains(2);
			// the success form has texts of its own: the shared ones speak of failures
			String successText = entry.text(SUCCESS, success);
			String successWhen = entry.text(SUCCESS_WHEN_YOU_SEE_IT, success);
			String successFix = entry.text(SUCCESS_HOW_TO_FIX, success);
			if (success) {
				byClass.put(2, successText);
			}
			else {
				for (Field field : List.of(SUCCESS, SUCCESS_WHEN_YOU_SEE_IT, SUCCESS_HOW_TO_FIX)) {
					if (entry.has(field)) {
						entry.problem(field, "is given, but " + facts.key() + " has no 2.X.X form (its classes are "
								+ facts.classes() + ")");
					}
				}
			}
			texts.put(facts.key(), new Texts.DetailText(entry.text(TITLE, true), entry.text(DESCRIPTION, true),
					entry.text(WHEN_YOU_SEE_IT, true), entry.text(HOW_TO_FIX, true), byClass, successWhen, successFix));
		}
		this.files.unknownTexts(language, ENHANCED_DETAILS, this.files.keys(FactsReader.ENHANCED_DETAILS));
		return texts;
	}

	private Map<Pair, String> notes(String language) {
		Map<Pair, String> notes = new HashMap<>();
		for (Pair pair : this.pairs) {
			CatalogueEntry entry = this.files.text(language, COMPARISONS, pair.key(), ComparisonsReader.COMPARISONS);
			if (entry != null) {
				notes.put(pair, entry.text(NOTE, true));
			}
		}
		this.files.unknownTexts(language, COMPARISONS, this.files.keys(ComparisonsReader.COMPARISONS));
		return notes;
	}

}
