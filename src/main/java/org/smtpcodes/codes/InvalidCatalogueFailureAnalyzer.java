package org.smtpcodes.codes;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the operator, in place of a stack trace, why the catalogue stopped the start.
 */
class InvalidCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogue> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogue cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Correct each problem in the file and line named, or remove the catalogue.extra property "
						+ "to start without the extra file.",
				cause);
	}

}
