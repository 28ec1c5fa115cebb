package org.smtpcodes.codes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.smtpcodes.codes.CatalogueSection.Field;

/**
 * Reads the pairs of codes people confuse, written in either order, checking that the
 * catalogue holds both codes of each.
 */
final class ComparisonsReader {

	static final Field PAIR = new Field("pair");

	static final CatalogueSection COMPARISONS = CatalogueSection.keyed("comparisons", PAIR)
		.normalizedBy(Pair::normalize);

	private final Set<Pair> pairs = new LinkedHashSet<>();

	ComparisonsReader(CatalogueFiles files, Set<String> documents) {
		files.entries(COMPARISONS).forEach((key, entry) -> {
			Pair pair = pair(entry, key, documents);
			if (pair != null) {
				this.pairs.add(pair);
			}
		});
	}

	/** The pairs that are right, in the order the files give them. */
	Set<Pair> pairs() {
		return this.pairs;
	}

	private static Pair pair(CatalogueEntry entry, String key, Set<String> documents) {
		Pair pair = Pair.parse(key);
		if (pair == null) {
			entry.problem(PAIR, "'" + key + "' is not two codes separated by a slash (450/550)");
			return null;
		}
		boolean known = true;
		for (String code : List.of(pair.first(), pair.second())) {
			if (!documents.contains(code)) {
				entry.problem(PAIR, code + " is not a code of the catalogue");
				known = false;
			}
		}
		return known ? pair : null;
	}

}
