package org.smtpcodes.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeFilter;
import org.smtpcodes.codes.CodeSummary;
import org.smtpcodes.codes.Pair;

/**
 * What the home page lists: every code by class, and the pairs people confuse with the
 * first sentence of the catalogue's note on each.
 *
 * @param classes the codes of each class, 2 to 5
 * @param pairs the pairs with a note, in the catalogue's order
 * @param source where the facts come from
 */
public record Home(List<CodeGroup> classes, List<NotedPair> pairs, Catalogue.Provenance source) {

	/** What the catalogue holds, in a language. */
	static Home of(Catalogue catalogue, String language) {
		List<CodeGroup> classes = new ArrayList<>();
		for (int digit = 2; digit <= 5; digit++) {
			List<CodeSummary> codes = catalogue.list(new CodeFilter(null, digit, null), language);
			classes.add(new CodeGroup(digit, codes.get(0).codeClass().name(),
					codes.stream().filter((code) -> code.kind().equals(CodeDocument.REPLY)).toList(),
					codes.stream().filter((code) -> code.kind().equals(CodeDocument.ENHANCED)).toList()));
		}
		Map<String, CodeDocument> documents = catalogue.documents(language);
		List<NotedPair> pairs = catalogue.pairs()
			.stream()
			.map((pair) -> NotedPair.of(pair, documents.get(pair.first()), documents.get(pair.second()),
					catalogue.note(pair, language)))
			.toList();
		return new Home(classes, pairs, catalogue.provenance());
	}

	/**
	 * The codes of one class.
	 *
	 * @param digit the class's digit
	 * @param name its name
	 * @param replyCodes its reply codes
	 * @param enhancedCodes its enhanced codes
	 */
	public record CodeGroup(int digit, String name, List<CodeSummary> replyCodes, List<CodeSummary> enhancedCodes) {
	}

	/**
	 * Two codes that people confuse, with the first sentence of the catalogue's note.
	 *
	 * @param a one code
	 * @param aTitle its title
	 * @param b the other
	 * @param bTitle its title
	 * @param href the comparison's path
	 * @param note the note's first sentence
	 */
	public record NotedPair(String a, String aTitle, String b, String bTitle, String href, String note) {

		static NotedPair of(Pair pair, CodeDocument a, CodeDocument b, String note) {
			return new NotedPair(pair.first(), a.title(), pair.second(), b.title(),
					CodeDocument.compareHref(pair.first(), pair.second()), CodeDocument.firstSentence(note));
		}

	}

}
