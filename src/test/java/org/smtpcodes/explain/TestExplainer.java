package org.smtpcodes.explain;

import org.smtpcodes.codes.TestCatalogue;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The explainer of the embedded catalogue and bounce rules, for tests of other packages;
 * loaded once.
 */
public final class TestExplainer {

	private static BounceRules rules;

	private TestExplainer() {
	}

	/** An explainer of the embedded catalogue and rules. */
	public static Explainer explainer() {
		return new Explainer(TestCatalogue.load(), rules(), TestCatalogue.messages());
	}

	static synchronized BounceRules rules() {
		if (rules == null) {
			rules = BounceRulesLoader.load(TestCatalogue.load(), new PathMatchingResourcePatternResolver(), null);
		}
		return rules;
	}

}
