package org.smtpcodes.compare;

import java.util.Locale;

import org.smtpcodes.codes.Catalogue;
import org.smtpcodes.codes.CodeDocument;
import org.smtpcodes.codes.CodeId;
import org.smtpcodes.codes.MalformedCode;
import org.smtpcodes.codes.Pair;
import org.smtpcodes.codes.UnknownCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Compares two codes of the catalogue as a client wrote them, with the problems of a bad
 * pair said of the parameter that carried it.
 */
@Component
public class Comparisons {

	private final Catalogue catalogue;

	private final MessageSource messages;

	Comparisons(Catalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/**
	 * Compares two codes.
	 * @param a the first code, as the client wrote it
	 * @param b the second code
	 * @param language one of the catalogue's languages
	 * @return the comparison
	 * @throws MalformedCode if a code is malformed (naming its parameter)
	 * @throws UnknownCode if the catalogue lacks a code (naming its parameter)
	 * @throws SameCode if both are the same code
	 */
	public Comparison compare(String a, String b, String language) {
		CodeId idA = parse(a, "a");
		CodeId idB = parse(b, "b");
		CodeDocument documentA = require(idA, "a", language);
		CodeDocument documentB = require(idB, "b", language);
		if (documentA.code().equals(documentB.code())) {
			throw new SameCode(documentA.code());
		}
		return Comparison.of(documentA, documentB, this.catalogue.note(Pair.of(idA, idB), language),
				new Phrases(this.messages, Locale.forLanguageTag(language)));
	}

	/** A code of the request, or the problem of its parameter. */
	static CodeId parse(String code, String parameter) {
		try {
			return CodeId.parse(code);
		}
		catch (MalformedCode ex) {
			throw ex.on(parameter);
		}
	}

	private CodeDocument require(CodeId code, String parameter, String language) {
		try {
			return this.catalogue.require(code, language);
		}
		catch (UnknownCode ex) {
			throw ex.on(parameter);
		}
	}

}
