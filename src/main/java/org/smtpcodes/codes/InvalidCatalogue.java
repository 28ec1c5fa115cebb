package org.smtpcodes.codes;

import java.util.List;

/**
 * A catalogue that must not be served: every problem found, each as
 * {@code file:line: field: what is wrong}.
 */
public class InvalidCatalogue extends RuntimeException {

	private final List<String> problems;

	InvalidCatalogue(List<String> problems) {
		super("The catalogue has " + problems.size() + " problem" + ((problems.size() == 1) ? "" : "s") + ":\n"
				+ String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in file and line order. */
	public List<String> problems() {
		return this.problems;
	}

}
