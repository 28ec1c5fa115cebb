package org.smtpcodes.system;

import java.util.List;

/**
 * The problem types a feature answers with, beside the generic ones of
 * {@link ProblemType}: a feature declares them as a bean, so that each has its page under
 * {@code /problems/}.
 *
 * @param types the feature's types
 */
public record ProblemTypes(List<ProblemType> types) {

	public ProblemTypes {
		types = List.copyOf(types);
	}

	/** The given types. */
	public static ProblemTypes of(ProblemType... types) {
		return new ProblemTypes(List.of(types));
	}

}
