package org.smtpcodes.codes;

/**
 * A well-formed code as a client writes it: a reply code ({@code 451}) or an enhanced
 * status code ({@code 4.7.1}). Well-formed says nothing of whether the catalogue knows
 * the code.
 */
public sealed interface CodeId permits CodeId.Reply, CodeId.Enhanced {

	/** The code as written, e.g. {@code 451} or {@code 4.7.1}. */
	String value();

	/** The first digit, 2 to 5. */
	int classDigit();

	/**
	 * Parses a code, accepting only the two well-formed shapes.
	 * @param text what the client sent
	 * @return the code
	 * @throws MalformedCode when the text is neither shape
	 */
	static CodeId parse(String text) {
		if (text == null) {
			throw new MalformedCode("");
		}
		String t = text.strip();
		if (t.length() == 3 && t.chars().allMatch(Character::isDigit) && t.charAt(0) >= '2' && t.charAt(0) <= '5') {
			return new Reply(Integer.parseInt(t));
		}
		String[] parts = t.split("\\.", -1);
		if (t.length() <= 9 && parts.length == 3 && parts[0].length() == 1 && "245".contains(parts[0])
				&& isSubCode(parts[1]) && isSubCode(parts[2])) {
			return new Enhanced(parts[0].charAt(0) - '0', Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
		}
		throw new MalformedCode(text);
	}

	private static boolean isSubCode(String part) {
		return !part.isEmpty() && part.length() <= 3 && part.chars().allMatch(c -> c >= '0' && c <= '9')
				&& !(part.length() > 1 && part.charAt(0) == '0');
	}

	/**
	 * A reply code of RFC 5321: three digits, the first from 2 to 5.
	 *
	 * @param code the number, 200 to 599
	 */
	record Reply(int code) implements CodeId {

		public Reply {
			if (code < 200 || code > 599) {
				throw new IllegalArgumentException("not a reply code: " + code);
			}
		}

		@Override
		public String value() {
			return Integer.toString(this.code);
		}

		@Override
		public int classDigit() {
			return this.code / 100;
		}

		/**
		 * The second digit, the category of RFC 5321 section 4.2.1 (0 to 5 in the
		 * grammar).
		 */
		public int categoryDigit() {
			return this.code / 10 % 10;
		}

		/** Whether the RFC 5321 grammar allows the code: its second digit is 0 to 5. */
		public boolean inGrammar() {
			return categoryDigit() <= 5;
		}

	}

	/**
	 * An enhanced status code of RFC 3463: class.subject.detail.
	 *
	 * @param classDigit 2, 4 or 5
	 * @param subject 0 to 999
	 * @param detail 0 to 999
	 */
	record Enhanced(int classDigit, int subject, int detail) implements CodeId {

		public Enhanced {
			if (classDigit != 2 && classDigit != 4 && classDigit != 5) {
				throw new IllegalArgumentException("not an enhanced class: " + classDigit);
			}
			if (subject < 0 || subject > 999 || detail < 0 || detail > 999) {
				throw new IllegalArgumentException("subject and detail are 0 to 999");
			}
		}

		@Override
		public String value() {
			return this.classDigit + "." + this.subject + "." + this.detail;
		}

		/** The detail in the registry's form, {@code X.1.1}. */
		public String registryForm() {
			return "X." + this.subject + "." + this.detail;
		}

		/** The subject in the registry's form, {@code X.1}. */
		public String subjectForm() {
			return "X." + this.subject;
		}

		/** The same detail in another class. */
		public Enhanced withClass(int other) {
			return new Enhanced(other, this.subject, this.detail);
		}

	}

}
