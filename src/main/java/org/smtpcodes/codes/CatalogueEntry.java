package org.smtpcodes.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smtpcodes.codes.CatalogueFiles.Raw;
import org.smtpcodes.codes.CatalogueFiles.Value;
import org.smtpcodes.codes.CatalogueSection.Field;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import org.springframework.util.Assert;

/**
 * One entry of a section, read field by field: each read checks the value's type and
 * reports a problem at the value's own line (or at the entry's, for a field that is not
 * given). Creating the entry reports the fields its section does not declare.
 */
public final class CatalogueEntry {

	private final CatalogueFiles files;

	private final Raw raw;

	private final CatalogueSection section;

	private final CatalogueEntry parent;

	private int problems;

	CatalogueEntry(CatalogueFiles files, Raw raw, CatalogueSection section, CatalogueEntry parent) {
		this.files = files;
		this.raw = raw;
		this.section = section;
		this.parent = parent;
		if (section != null) {
			raw.fields().forEach((name, value) -> {
				if (!section.declares(name)) {
					problemAt(value, value.key(), name,
							"is not a field of " + raw.section() + " (expected one of " + section.fieldNames() + ")");
				}
			});
		}
	}

	/** The entry's key, as its section's key field gives it; null in a list. */
	public String key() {
		return this.raw.key();
	}

	/** Whether a problem has been reported about this entry. */
	public boolean failed() {
		return this.problems > 0;
	}

	/** Whether the entry gives the field. */
	public boolean has(Field field) {
		return value(field) != null;
	}

	/**
	 * A text field, stripped.
	 * @param field the field
	 * @param required whether a missing field is a problem
	 * @return the text, or null when it is missing or wrong
	 */
	public String text(Field field, boolean required) {
		Value value = value(field);
		if (value == null || (value.node() instanceof ScalarNode scalar && scalar.getValue().isBlank()
				&& scalar.getTag().getValue().endsWith(":null"))) {
			if (required) {
				problem(field, "is missing");
			}
			return null;
		}
		String text = CatalogueFiles.scalar(value.node());
		if (text == null) {
			problemAt(value, value.node(), field.name(), "must be a text");
			return null;
		}
		if (text.isBlank()) {
			problemAt(value, value.node(), field.name(), "is empty");
			return null;
		}
		// YAML folds lines with a space, which Japanese does not put after its full stop
		return text.strip().replace("\u3002 ", "\u3002");
	}

	/**
	 * A field that is true or false.
	 * @param field the field
	 * @param required whether a missing field is a problem
	 * @return its value, or null when it is missing or wrong
	 */
	public Boolean bool(Field field, boolean required) {
		String text = text(field, required);
		if (text == null) {
			return null;
		}
		if (!text.equals("true") && !text.equals("false")) {
			Value value = value(field);
			problemAt(value, value.node(), field.name(), "must be true or false");
			return null;
		}
		return Boolean.valueOf(text);
	}

	/**
	 * A list of texts.
	 * @param field the field
	 * @return the texts, stripped; empty when the field is missing
	 */
	public List<String> texts(Field field) {
		return texts(value(field), field.name());
	}

	/**
	 * A list of codes, each in its canonical form.
	 * @param field the field
	 * @return the well-formed codes; empty when the field is missing
	 */
	List<String> codes(Field field) {
		List<String> codes = new ArrayList<>();
		for (String text : texts(field)) {
			try {
				String code = CodeId.parse(text).value();
				if (!code.equals(text)) {
					throw new MalformedCode(text);
				}
				codes.add(code);
			}
			catch (MalformedCode ex) {
				problem(field, "'" + text + "' is not a well-formed code");
			}
		}
		return List.copyOf(codes);
	}

	/**
	 * The members of a mapping field, such as {@code retryable: {"4": true}}.
	 * @param field the field
	 * @return its members, by name; empty when the field is missing or not a mapping
	 */
	public Map<String, Member> mapping(Field field) {
		Value value = value(field);
		if (value == null) {
			return Map.of();
		}
		Map<String, Value> values = this.files.mapping(value.source(), value.node(), field.name(), this);
		Map<String, Member> members = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((name, member) -> members.put(name, new Member(field.name() + "." + name, member)));
		}
		return members;
	}

	/**
	 * The entries of a field that is a list of mappings, such as {@code references}.
	 * @param field the field
	 * @param of the fields each entry may have
	 * @return its entries, whose problems count as this entry's; empty when the field is
	 * missing
	 */
	public List<CatalogueEntry> entries(Field field, CatalogueSection of) {
		Value value = value(field);
		if (value == null) {
			return List.of();
		}
		List<CatalogueEntry> entries = new ArrayList<>();
		for (Node item : this.files.sequence(value.source(), value.node(), field.name(), this)) {
			Map<String, Value> fields = this.files.mapping(value.source(), item, field.name() + "[]", this);
			if (fields != null) {
				Raw raw = new Raw(value.source(), CatalogueFiles.line(item), of.name(), null, fields);
				entries.add(new CatalogueEntry(this.files, raw, of, this));
			}
		}
		return entries;
	}

	/**
	 * Reports a problem with a field: at its value, or at the entry when the field is not
	 * given.
	 * @param field the field
	 * @param what what is wrong
	 */
	public void problem(Field field, String what) {
		Value value = this.raw.fields().get(field.name());
		if (value != null) {
			problemAt(value, value.node(), field.name(), what);
		}
		else {
			problemAtEntry(field.name(), what);
		}
	}

	void counted() {
		this.problems++;
		if (this.parent != null) {
			this.parent.counted();
		}
	}

	private Value value(Field field) {
		Assert.state(this.section == null || this.section.declares(field.name()),
				() -> field.name() + " is not declared in section " + this.section);
		return this.raw.fields().get(field.name());
	}

	private List<String> texts(Value value, String name) {
		if (value == null) {
			return List.of();
		}
		if (!(value.node() instanceof SequenceNode sequence)) {
			problemAt(value, value.node(), name, "must be a list");
			return List.of();
		}
		List<String> texts = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			String text = CatalogueFiles.scalar(item);
			if (text == null || text.isBlank()) {
				problemAt(value, item, name, "must hold only texts");
			}
			else {
				texts.add(text.strip());
			}
		}
		return List.copyOf(texts);
	}

	private void problemAt(Value value, Node node, String field, String what) {
		this.files.problem(value.source(), node, name(field), what, this);
	}

	private void problemAtEntry(String field, String what) {
		this.files.problem(this.raw.source().name(), this.raw.line(), name(field), what, this);
	}

	private String name(String field) {
		return (this.raw.key() != null) ? this.raw.section() + "[" + this.raw.key() + "]." + field
				: this.raw.section() + "." + field;
	}

	/**
	 * A member of a mapping field, named {@code field.member} in problems.
	 */
	public final class Member {

		private final String name;

		private final Value value;

		private Member(String name, Value value) {
			this.name = name;
			this.value = value;
		}

		/** The member's value as written, or null when it is not a plain value. */
		public String scalar() {
			return CatalogueFiles.scalar(this.value.node());
		}

		/** The member's value as a list of texts, stripped. */
		public List<String> texts() {
			return CatalogueEntry.this.texts(this.value, this.name);
		}

		/** Reports a problem with the member, at the entry's line. */
		public void problem(String what) {
			problemAtEntry(this.name, what);
		}

	}

}
