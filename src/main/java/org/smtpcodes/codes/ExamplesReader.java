package org.smtpcodes.codes;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.smtpcodes.codes.CatalogueSection.Field;

/**
 * Reads the real replies filed under the codes they carry, checking that the catalogue
 * holds those codes.
 */
final class ExamplesReader {

	private static final Field REPLY = new Field("reply");

	private static final Field SOURCE = new Field("source");

	static final CatalogueSection EXAMPLES = CatalogueSection.list("examples", REPLY, SOURCE);

	private final CatalogueFiles files;

	private final Set<String> documents;

	ExamplesReader(CatalogueFiles files, Set<String> documents) {
		this.files = files;
		this.documents = documents;
	}

	/** The examples that are right, in the order the files give them. */
	List<Facts.Example> read() {
		return this.files.list(EXAMPLES).stream().map(this::example).filter(Objects::nonNull).toList();
	}

	private Facts.Example example(CatalogueEntry entry) {
		String reply = entry.text(REPLY, true);
		String source = entry.text(SOURCE, true);
		if (reply == null) {
			return null;
		}
		String replyCode = (reply.length() >= 3) ? reply.substring(0, 3) : reply;
		String enhanced = (reply.length() > 4 && (reply.charAt(3) == ' ' || reply.charAt(3) == '-'))
				? enhancedCode(reply.substring(4).strip()) : null;
		if (!this.documents.contains(replyCode)) {
			entry.problem(REPLY, "does not start with a reply code of the catalogue");
		}
		else if (enhanced != null && !this.documents.contains(enhanced)) {
			entry.problem(REPLY, "carries " + enhanced + ", which is not a code of the catalogue");
		}
		else if (enhanced != null && enhanced.charAt(0) != replyCode.charAt(0)) {
			entry.problem(REPLY, "carries " + enhanced + ", whose class disagrees with reply code " + replyCode);
		}
		return new Facts.Example(reply, source, replyCode, enhanced);
	}

	// the enhanced code the text after the reply code starts with, or null when it starts
	// with prose
	private static String enhancedCode(String text) {
		int end = 0;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
			end++;
		}
		try {
			return (CodeId.parse(text.substring(0, end)) instanceof CodeId.Enhanced code) ? code.value() : null;
		}
		catch (MalformedCode ex) {
			return null;
		}
	}

}
