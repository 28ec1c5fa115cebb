package org.smtpcodes.codes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A section of the catalogue's files, such as {@code replyCodes}, as its reader declares
 * it: how its entries are found and the fields they may have. The declaration is the only
 * place a field's name is written: the check for unknown fields and every read use it.
 */
public final class CatalogueSection {

	private final String name;

	private final Kind kind;

	private final Field key;

	private final List<Field> fields;

	private final UnaryOperator<String> normalizer;

	private CatalogueSection(String name, Kind kind, Field key, List<Field> fields, UnaryOperator<String> normalizer) {
		this.name = name;
		this.kind = kind;
		this.key = key;
		this.fields = fields;
		this.normalizer = normalizer;
	}

	/**
	 * A list of entries, each named by its key field; an entry of the extra file whose
	 * key is already given replaces the fields it gives and keeps the others.
	 * @param name the section's name
	 * @param key the field that names an entry
	 * @param fields the entry's other fields
	 * @return the section
	 */
	public static CatalogueSection keyed(String name, Field key, Field... fields) {
		return new CatalogueSection(name, Kind.KEYED, key, concat(key, fields), UnaryOperator.identity());
	}

	/**
	 * A list of entries without a key: the extra file's entries come after the embedded
	 * ones.
	 * @param name the section's name
	 * @param fields the entry's fields
	 * @return the section
	 */
	public static CatalogueSection list(String name, Field... fields) {
		return new CatalogueSection(name, Kind.LIST, null, List.of(fields), UnaryOperator.identity());
	}

	/**
	 * A single entry: the last file that gives the section wins.
	 * @param name the section's name
	 * @param fields the entry's fields
	 * @return the section
	 */
	public static CatalogueSection single(String name, Field... fields) {
		return new CatalogueSection(name, Kind.SINGLE, null, List.of(fields), UnaryOperator.identity());
	}

	/**
	 * This list section, with the extra file's entries before the embedded ones, so that
	 * they are tried first.
	 */
	public CatalogueSection extraFirst() {
		return new CatalogueSection(this.name, Kind.LIST_EXTRA_FIRST, null, this.fields, this.normalizer);
	}

	/**
	 * This keyed section, with keys written in several ways brought to one before they
	 * are compared.
	 */
	CatalogueSection normalizedBy(UnaryOperator<String> normalizer) {
		return new CatalogueSection(this.name, this.kind, this.key, this.fields, normalizer);
	}

	/** The section's name. */
	public String name() {
		return this.name;
	}

	Kind kind() {
		return this.kind;
	}

	Field key() {
		return this.key;
	}

	String normalize(String key) {
		return this.normalizer.apply(key);
	}

	boolean declares(String field) {
		return this.fields.stream().anyMatch((declared) -> declared.name().equals(field));
	}

	Set<String> fieldNames() {
		Set<String> names = new TreeSet<>();
		this.fields.forEach((field) -> names.add(field.name()));
		return names;
	}

	@Override
	public String toString() {
		return this.name;
	}

	private static List<Field> concat(Field first, Field... others) {
		Field[] all = new Field[others.length + 1];
		all[0] = first;
		System.arraycopy(others, 0, all, 1, others.length);
		return List.of(all);
	}

	enum Kind {

		KEYED, LIST, LIST_EXTRA_FIRST, SINGLE

	}

	/**
	 * A field of a section's entries.
	 *
	 * @param name its name in the YAML files
	 */
	public record Field(String name) {
	}

}
